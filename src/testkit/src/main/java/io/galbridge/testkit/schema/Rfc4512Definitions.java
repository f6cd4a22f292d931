package io.galbridge.testkit.schema;

import com.unboundid.ldap.sdk.schema.AttributeTypeDefinition;
import com.unboundid.ldap.sdk.schema.AttributeUsage;
import com.unboundid.ldap.sdk.schema.ObjectClassDefinition;
import com.unboundid.ldap.sdk.schema.ObjectClassType;
import io.galbridge.mapping.schema.AttributeDefinition;
import io.galbridge.mapping.schema.AttributeSyntax;
import java.util.Collection;
import java.util.Map;

/** Turns catalog rows into RFC 4512 definitions, the form both UnboundID and OpenLDAP read. */
final class Rfc4512Definitions {
    private Rfc4512Definitions() {}

    /** The RFC 4512 attribute type for a catalog attribute, with the syntax's LDAP matching rules. */
    static AttributeTypeDefinition attributeType(AttributeDefinition attribute) {
        return attributeType(attribute, attribute.oid());
    }

    /** As {@link #attributeType(AttributeDefinition)}, under another OID. */
    static AttributeTypeDefinition attributeType(AttributeDefinition attribute, String oid) {
        AttributeSyntax syntax = attribute.syntax();
        return new AttributeTypeDefinition(
                oid,
                new String[] {attribute.ldapDisplayName()},
                attribute.description().replace('\'', ' '),
                false,
                null,
                syntax.equalityMatchingRule(),
                syntax.orderingMatchingRule().orElse(null),
                syntax.substringMatchingRule().orElse(null),
                syntax.ldapSyntaxOid(),
                attribute.singleValued(),
                false,
                false,
                AttributeUsage.USER_APPLICATIONS,
                Map.of());
    }

    /**
     * A stable OID on the TEST-ONLY arc for an AD attribute whose own OID a server already uses under
     * another name (AD's middleName reuses 2.16.840.1.113730.3.1.34, RFC 3296's ref).
     */
    static String substituteOid(AttributeDefinition attribute) {
        return AttributeDefinition.TEST_ONLY_OID_ARC + ".4."
                + Integer.toUnsignedString(attribute.ldapDisplayName().hashCode());
    }

    /** An RFC 4512 object class definition. */
    static ObjectClassDefinition objectClass(
            String oid,
            String name,
            String superior,
            ObjectClassType type,
            Collection<String> must,
            Collection<String> may) {
        return new ObjectClassDefinition(
                oid,
                new String[] {name},
                null,
                false,
                superior == null ? new String[0] : new String[] {superior},
                type,
                must.toArray(String[]::new),
                may.toArray(String[]::new),
                Map.of());
    }

    /** The RFC 4512 class type for a catalog class kind. */
    static ObjectClassType type(io.galbridge.mapping.schema.ObjectClassDefinition.Kind kind) {
        return switch (kind) {
            case STRUCTURAL -> ObjectClassType.STRUCTURAL;
            case AUXILIARY -> ObjectClassType.AUXILIARY;
            case ABSTRACT -> ObjectClassType.ABSTRACT;
        };
    }
}
