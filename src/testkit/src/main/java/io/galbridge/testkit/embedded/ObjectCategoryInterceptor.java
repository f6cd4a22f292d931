package io.galbridge.testkit.embedded;

import com.unboundid.ldap.listener.interceptor.InMemoryInterceptedAddRequest;
import com.unboundid.ldap.listener.interceptor.InMemoryOperationInterceptor;
import com.unboundid.ldap.sdk.AddRequest;
import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.RDN;
import com.unboundid.ldap.sdk.ReadOnlyAddRequest;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Stand-in for AD's objectCategory stamping, on the embedded forest: an added entry without
 * objectCategory gets the DN of its class's category in the schema container, e.g.
 * {@code CN=Person,CN=Schema,CN=Configuration,<base>} for users and contacts, as AD does. Classes without
 * a known category get none. The schema container is a placeholder; the DN is only a value. Stateless.
 */
final class ObjectCategoryInterceptor extends InMemoryOperationInterceptor {

    /** Most specific class first: a computer is also a user. */
    private static final Map<String, String> CATEGORIES = categories();

    private final DN schemaContainer;

    ObjectCategoryInterceptor(DN baseDn) {
        this.schemaContainer = new DN(new RDN("CN", "Schema"), new DN(new RDN("CN", "Configuration"), baseDn));
    }

    @Override
    public void processAddRequest(InMemoryInterceptedAddRequest request) {
        ReadOnlyAddRequest add = request.getRequest();
        if (add.hasAttribute("objectCategory")) {
            return;
        }
        Entry entry = add.toEntry();
        stamp(entry);
        request.setRequest(new AddRequest(entry, add.getControls()));
    }

    /** Adds objectCategory to a new entry of a known class that has none. */
    void stamp(Entry entry) {
        if (entry.hasAttribute("objectCategory")) {
            return;
        }
        for (Map.Entry<String, String> category : CATEGORIES.entrySet()) {
            if (entry.hasObjectClass(category.getKey())) {
                entry.setAttribute(
                        "objectCategory", new DN(new RDN("CN", category.getValue()), schemaContainer).toString());
                return;
            }
        }
    }

    private static Map<String, String> categories() {
        Map<String, String> categories = new LinkedHashMap<>();
        categories.put("computer", "Computer");
        categories.put("user", "Person");
        categories.put("contact", "Person");
        categories.put("group", "Group");
        categories.put("organizationalUnit", "Organizational-Unit");
        categories.put("container", "Container");
        categories.put("domainDNS", "Domain-DNS");
        return Collections.unmodifiableMap(categories);
    }
}
