package io.galbridge.ad.connection;

import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.PostConnectProcessor;
import com.unboundid.ldap.sdk.SimpleBindRequest;
import com.unboundid.ldap.sdk.StartTLSPostConnectProcessor;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javax.net.ssl.SSLContext;

/**
 * Prepares each new connection: StartTLS first (when configured, via {@link StartTLSPostConnectProcessor}),
 * then a simple bind whose password is decrypted from the {@code GuardedString} only for that bind and
 * wiped afterwards. Thread-safe.
 */
final class AdConnectionSetup implements PostConnectProcessor {

    private final LdapEndpointSettings settings;
    private final PostConnectProcessor startTls;

    AdConnectionSetup(LdapEndpointSettings settings, SSLContext tls) {
        this.settings = settings;
        this.startTls = settings.security() == SecurityMode.STARTTLS ? new StartTLSPostConnectProcessor(tls) : null;
    }

    @Override
    public void processPreAuthenticatedConnection(LDAPConnection connection) throws LDAPException {
        if (startTls != null) {
            startTls.processPreAuthenticatedConnection(connection);
        }
    }

    @Override
    public void processPostAuthenticatedConnection(LDAPConnection connection) throws LDAPException {
        byte[][] password = new byte[1][];
        settings.bindPassword().access(chars -> password[0] = utf8(chars));
        try {
            connection.bind(new SimpleBindRequest(settings.bindName(), password[0]));
        } finally {
            Arrays.fill(password[0], (byte) 0);
        }
    }

    private static byte[] utf8(char[] chars) {
        ByteBuffer buffer = StandardCharsets.UTF_8.encode(CharBuffer.wrap(chars));
        byte[] bytes = new byte[buffer.remaining()];
        buffer.get(bytes);
        if (buffer.hasArray()) {
            Arrays.fill(buffer.array(), (byte) 0);
        }
        return bytes;
    }
}
