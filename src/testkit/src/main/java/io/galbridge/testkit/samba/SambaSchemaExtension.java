package io.galbridge.testkit.samba;

import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.RDN;
import io.galbridge.testkit.schema.SambaSchemaExtensionRenderer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The Exchange schema extension of one forest's Samba DC as LDIF change records, rendered from the project's
 * schema catalog by {@link SambaSchemaExtensionRenderer}, in two passes: first the attributeSchema objects,
 * then the class changes that use them (a fresh ldbmodify process must load the new attributes before a
 * class may name them).
 *
 * @param passes the LDIF of each pass, for the forest's schema naming context; never null
 */
record SambaSchemaExtension(List<String> passes) {

    SambaSchemaExtension {
        passes = List.copyOf(passes);
    }

    /** The extension for the forest with the given domain naming context. */
    static SambaSchemaExtension forForest(DN baseDn) {
        DN schemaNamingContext = new DN(new RDN("CN", "Schema"), new DN(new RDN("CN", "Configuration"), baseDn));
        return new SambaSchemaExtension(new SambaSchemaExtensionRenderer().passes(schemaNamingContext));
    }

    /** A SHA-256 fingerprint of the passes, part of the template key: a changed schema means a new template. */
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
