package io.galbridge.connector.target.operation;

import io.galbridge.connector.target.directory.TargetDirectory;
import io.galbridge.mapping.model.DirectoryEntry;
import java.util.List;
import org.identityconnectors.framework.common.exceptions.ConfigurationException;
import org.identityconnectors.framework.common.exceptions.PermissionDeniedException;

/**
 * TestOp, best effort: the bind works, both OUs exist, and, where the server publishes AD's effective-rights
 * attributes (allowedChildClassesEffective, allowedAttributesEffective), the bind account may create contacts
 * in the contact OU and users in the mail-user OU and write proxyAddresses. Deleting owned contacts cannot be
 * proven without deleting one; it is not checked. Servers without those attributes pass on existence alone.
 */
public final class ConnectionTest {

    private final TargetDirectory directory;

    public ConnectionTest(TargetDirectory directory) {
        this.directory = directory;
    }

    public void test() {
        check(directory.settings().target().galContactOu(), "contactOu", "contact");
        check(directory.settings().target().mailUserOu(), "mailUserOu", "user");
    }

    private void check(String ou, String property, String childClass) {
        DirectoryEntry entry = directory
                .read(ou, "allowedChildClassesEffective", "allowedAttributesEffective", "objectClass")
                .orElseThrow(() -> new ConfigurationException(property + ": " + ou + " does not exist"));
        List<String> children = entry.strings("allowedChildClassesEffective");
        if (entry.has("objectClass")
                && !children.isEmpty()
                && children.stream().noneMatch(childClass::equalsIgnoreCase)) {
            throw new PermissionDeniedException(
                    "The bind account may not create " + childClass + " objects in " + ou + " (" + property + ")");
        }
    }
}
