package io.galbridge.testkit.tls;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** PEM armour ({@code -----BEGIN type-----}, base64 in 64-character lines). */
final class Pem {

    private Pem() {}

    static String encode(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }
}
