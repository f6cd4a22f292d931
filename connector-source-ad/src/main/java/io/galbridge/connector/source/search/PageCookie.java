package io.galbridge.connector.source.search;

import com.unboundid.asn1.ASN1OctetString;
import java.util.Base64;
import org.identityconnectors.framework.common.exceptions.InvalidAttributeValueException;

/**
 * The ConnId paged-results cookie: which search root the next page comes from and the server's paging
 * cookie for it, as {@code v1.<root index>.<base64 cookie>}. Opaque to hosts. Immutable.
 *
 * @param rootIndex index into the search roots
 * @param serverCookie the server's simple-paged-results cookie; empty for the root's first page
 */
record PageCookie(int rootIndex, byte[] serverCookie) {

    static final PageCookie FIRST = new PageCookie(0, new byte[0]);

    PageCookie {
        serverCookie = serverCookie.clone();
    }

    @Override
    public byte[] serverCookie() {
        return serverCookie.clone();
    }

    ASN1OctetString asn1() {
        return new ASN1OctetString(serverCookie);
    }

    String encode() {
        return "v1." + rootIndex + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(serverCookie);
    }

    static PageCookie decode(String text) {
        if (text == null || text.isEmpty()) {
            return FIRST;
        }
        String[] parts = text.split("\\.", -1);
        try {
            if (parts.length == 3 && parts[0].equals("v1")) {
                return new PageCookie(
                        Integer.parseInt(parts[1]), Base64.getUrlDecoder().decode(parts[2]));
            }
        } catch (IllegalArgumentException e) {
            throw new InvalidAttributeValueException("paged results cookie '" + text + "' is malformed", e);
        }
        throw new InvalidAttributeValueException(
                "paged results cookie '" + text + "' was not issued by this connector (expected v1.<n>.<cookie>)");
    }
}
