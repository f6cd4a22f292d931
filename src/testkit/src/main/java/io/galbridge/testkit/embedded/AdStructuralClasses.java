package io.galbridge.testkit.embedded;

import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.schema.Schema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * AD structural classes a fresh domain's tree needs but a recipient schema may not define:
 * {@code container} (CN=Users, CN=Computers), {@code computer} and {@code domainDNS} (the domain object),
 * with Microsoft's OIDs (MS-ADSC). {@link #completing} adds only those the given schema lacks, so a
 * catalog that defines them later wins.
 */
final class AdStructuralClasses {

    private static final Map<String, String> DEFINITIONS = definitions();

    private AdStructuralClasses() {}

    /**
     * The schema with the missing AD classes added.
     *
     * @param schema the project schema; never null
     * @return {@code schema} itself when nothing is missing
     */
    static Schema completing(Schema schema) {
        List<String> missing = new ArrayList<>();
        DEFINITIONS.forEach((name, definition) -> {
            if (schema.getObjectClass(name) == null) {
                missing.add(definition);
            }
        });
        if (missing.isEmpty()) {
            return schema;
        }
        Entry supplement = new Entry("cn=schema");
        supplement.addAttribute("objectClass", "top", "ldapSubentry", "subschema");
        supplement.addAttribute("cn", "schema");
        supplement.addAttribute("objectClasses", missing);
        return Schema.mergeSchemas(schema, new Schema(supplement));
    }

    private static Map<String, String> definitions() {
        Map<String, String> definitions = new LinkedHashMap<>();
        definitions.put(
                "container", "( 1.2.840.113556.1.3.23 NAME 'container' SUP top STRUCTURAL MUST cn MAY description )");
        definitions.put("computer", "( 1.2.840.113556.1.3.30 NAME 'computer' SUP user STRUCTURAL )");
        definitions.put("domainDNS", "( 1.2.840.113556.1.5.67 NAME 'domainDNS' SUP domain STRUCTURAL MAY objectSid )");
        return definitions;
    }
}
