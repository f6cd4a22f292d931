package io.galbridge.testkit.schema;

import com.unboundid.ldap.sdk.Attribute;
import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;
import com.unboundid.ldap.sdk.RDN;
import com.unboundid.ldif.LDIFAddChangeRecord;
import com.unboundid.ldif.LDIFChangeRecord;
import com.unboundid.ldif.LDIFModifyChangeRecord;
import io.galbridge.mapping.schema.AttributeDefinition;
import io.galbridge.mapping.schema.AttributeSyntax;
import io.galbridge.mapping.schema.ExchangeSchema;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * Renders the part of the {@link ExchangeSchema} catalog that Samba's AD base schema lacks as LDIF that
 * extends a provisioned Samba AD DC, in two passes that must run in two separate tool invocations
 * (a fresh process must load the new attributes before a class may refer to them):
 *
 * <ol>
 *   <li>{@link #attributePass(DN)}: one {@code attributeSchema} object per missing attribute with
 *       Microsoft's attributeID, attributeSyntax, oMSyntax (and oMObjectClass for DNs), isSingleValued,
 *       rangeUpper and linkID, then {@code schemaUpdateNow};
 *   <li>{@link #classPass(DN)}: the attributes added to {@code mayContain} of {@code Mail-Recipient},
 *       the auxiliary class Samba's user, contact and group already carry, then {@code schemaUpdateNow}.
 * </ol>
 *
 * <p>Apply offline, before the DC first starts:
 * {@code ldbmodify -H PRIVATE/sam.ldb --option="dsdb:schema update allowed=true" pass.ldif}. This is
 * simpler than Exchange's real extension, which spreads the attributes over several classes; the
 * catalog's {@code msExchDynamicDistributionList} class is not added. The schema objects are named by
 * lDAPDisplayName ({@code CN=msExchMailboxGuid}), not by Exchange's CN ({@code ms-Exch-Mailbox-Guid}).
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class SambaSchemaExtensionRenderer {
    /** CN of AD's mailRecipient class schema object. */
    public static final String MAIL_RECIPIENT_CN = "Mail-Recipient";

    /** oMObjectClass of the DN syntax (1.3.12.2.1011.28.0.714, BER-encoded). */
    private static final byte[] DN_OM_OBJECT_CLASS = HexFormat.of().parseHex("2b0c0287731c00854a");

    private final ExchangeSchema catalog;

    /**
     * Creates a renderer for a catalog.
     *
     * @param catalog the catalog to render; never null
     */
    public SambaSchemaExtensionRenderer(ExchangeSchema catalog) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
    }

    /** Creates a renderer for {@link ExchangeSchema#standard()}. */
    public SambaSchemaExtensionRenderer() {
        this(ExchangeSchema.standard());
    }

    /** The catalog attributes Samba's base schema lacks, in catalog order; immutable. */
    public List<AttributeDefinition> addedAttributes() {
        return catalog.attributes().stream().filter(a -> !a.inSambaBaseSchema()).toList();
    }

    /**
     * Both passes in order, each to be applied by its own {@code ldbmodify} run.
     *
     * @param schemaNamingContext e.g. {@code CN=Schema,CN=Configuration,DC=source,DC=test}; never null
     * @return the LDIF of pass 1 and pass 2; immutable
     */
    public List<String> passes(DN schemaNamingContext) {
        return List.of(attributePass(schemaNamingContext), classPass(schemaNamingContext));
    }

    /**
     * Pass 1: the attributeSchema objects, then a schema reload.
     *
     * @param schemaNamingContext the schema naming context DN; never null
     * @return LDIF change records; never null
     */
    public String attributePass(DN schemaNamingContext) {
        Objects.requireNonNull(schemaNamingContext, "schemaNamingContext");
        List<LDIFChangeRecord> records = new ArrayList<>();
        for (AttributeDefinition attribute : addedAttributes()) {
            records.add(attributeSchema(attribute, schemaNamingContext));
        }
        records.add(schemaUpdateNow());
        return ldif(records);
    }

    /**
     * Pass 2: the added attributes allowed on Mail-Recipient, then a schema reload.
     *
     * @param schemaNamingContext the schema naming context DN; never null
     * @return LDIF change records; never null
     */
    public String classPass(DN schemaNamingContext) {
        Objects.requireNonNull(schemaNamingContext, "schemaNamingContext");
        String[] names = addedAttributes().stream()
                .map(AttributeDefinition::ldapDisplayName)
                .toArray(String[]::new);
        DN mailRecipient = new DN(new RDN("CN", MAIL_RECIPIENT_CN), schemaNamingContext);
        return ldif(List.of(
                new LDIFModifyChangeRecord(
                        mailRecipient.toString(), new Modification(ModificationType.ADD, "mayContain", names)),
                schemaUpdateNow()));
    }

    private static LDIFAddChangeRecord attributeSchema(AttributeDefinition attribute, DN schemaNamingContext) {
        String name = attribute.ldapDisplayName();
        AttributeSyntax syntax = attribute.syntax();
        List<Attribute> attributes = new ArrayList<>();
        attributes.add(new Attribute("objectClass", "top", "attributeSchema"));
        attributes.add(new Attribute("cn", name));
        attributes.add(new Attribute("attributeID", attribute.oid()));
        attributes.add(new Attribute("attributeSyntax", syntax.adAttributeSyntax()));
        attributes.add(new Attribute("oMSyntax", Integer.toString(syntax.adOmSyntax())));
        if (syntax == AttributeSyntax.DN) {
            attributes.add(new Attribute("oMObjectClass", DN_OM_OBJECT_CLASS));
        }
        attributes.add(new Attribute("isSingleValued", attribute.singleValued() ? "TRUE" : "FALSE"));
        attributes.add(new Attribute("lDAPDisplayName", name));
        attributes.add(new Attribute("adminDisplayName", name));
        attributes.add(new Attribute("adminDescription", attribute.description()));
        attribute.rangeUpper().ifPresent(upper -> attributes.add(new Attribute("rangeUpper", Integer.toString(upper))));
        attribute.linkId().ifPresent(id -> attributes.add(new Attribute("linkID", Integer.toString(id))));
        attributes.add(new Attribute("searchFlags", "0"));
        return new LDIFAddChangeRecord(new DN(new RDN("CN", name), schemaNamingContext).toString(), attributes);
    }

    private static LDIFModifyChangeRecord schemaUpdateNow() {
        return new LDIFModifyChangeRecord("", new Modification(ModificationType.ADD, "schemaUpdateNow", "1"));
    }

    private static String ldif(List<LDIFChangeRecord> records) {
        StringBuilder text = new StringBuilder();
        for (LDIFChangeRecord record : records) {
            text.append(record.toLDIFString(0)).append('\n');
        }
        return text.toString();
    }
}
