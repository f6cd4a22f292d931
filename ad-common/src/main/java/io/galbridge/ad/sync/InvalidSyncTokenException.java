package io.galbridge.ad.sync;

import org.identityconnectors.framework.common.exceptions.ConnectorException;

/**
 * A sync token that cannot be used: not a galbridge token, damaged, written by another strategy or by a
 * release with another payload format. The message says which, and what to do (start again from {@link
 * ChangeTracker#currentToken()} or a full synchronisation). Immutable.
 */
public final class InvalidSyncTokenException extends ConnectorException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what is wrong with the token; not null
     */
    public InvalidSyncTokenException(String message) {
        super(message);
    }

    /**
     * @param message what is wrong with the token; not null
     * @param cause the decoding failure; may be null
     */
    public InvalidSyncTokenException(String message, Throwable cause) {
        super(message, cause);
    }
}
