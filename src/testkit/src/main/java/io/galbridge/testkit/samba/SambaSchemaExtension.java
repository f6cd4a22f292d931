package io.galbridge.testkit.samba;

import com.unboundid.ldap.sdk.DN;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The Exchange schema extension for a Samba DC as LDIF change records, in two passes: first the
 * attributeSchema objects, then the class changes that use them (a fresh ldbmodify process must load the new
 * attributes before a class may name them).
 *
 * @param passes the LDIF of each pass with {@code ${SCHEMADN}} standing for the schema naming context; never
 *     null, two entries
 */
record SambaSchemaExtension(List<String> passes) {

    private static final String RESOURCE = "/io/galbridge/testkit/samba/samba-exchange-schema.ldif";
    private static final String PLACEHOLDER = "${SCHEMADN}";
    private static final String SECOND_PASS_MARKER = "dn: CN=Mail-Recipient,";

    SambaSchemaExtension {
        passes = List.copyOf(passes);
    }

    /** The extension galbridge's test forests carry. */
    static SambaSchemaExtension exchange() {
        try (InputStream in = SambaSchemaExtension.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the Samba schema extension " + RESOURCE + " is not on the classpath");
            }
            String ldif = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int split = ldif.indexOf(SECOND_PASS_MARKER);
            if (split < 0) {
                throw new IllegalStateException(RESOURCE + " lacks the class modification " + SECOND_PASS_MARKER);
            }
            return new SambaSchemaExtension(List.of(ldif.substring(0, split), ldif.substring(split)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** The LDIF of each pass for the forest with the given domain naming context. */
    List<String> passesFor(DN baseDn) {
        String schemaDn = "CN=Schema,CN=Configuration," + baseDn;
        return passes.stream().map(pass -> pass.replace(PLACEHOLDER, schemaDn)).toList();
    }

    /** A SHA-256 fingerprint of the extension, part of the template key: a changed schema means a new template. */
    String fingerprint() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String pass : passes) {
                digest.update(pass.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is unavailable", e);
        }
    }
}
