package io.galbridge.testkit.schema;

import com.unboundid.ldap.sdk.schema.ObjectClassType;
import io.galbridge.mapping.schema.AttributeDefinition;
import io.galbridge.mapping.schema.ExchangeSchema;
import io.galbridge.mapping.schema.ObjectClassDefinition;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders the {@link ExchangeSchema} catalog as OpenLDAP slapd.conf schema text ({@code attributetype} /
 * {@code objectclass} lines), to be included after {@code core.schema} (relaxed with
 * {@link #adLikeCoreSchema(String)}), {@code cosine.schema} and {@code inetorgperson.schema}.
 *
 * <p>OpenLDAP cannot redefine standard classes, so AD's additions to {@code top} (objectGUID,
 * uSNChanged, …) are allowed on the catalog's own classes ({@code user}, {@code contact}, {@code group},
 * {@code mailRecipient}, {@code msExchDynamicDistributionList}) but not on {@code organizationalUnit}.
 * Attributes these standard schemas define by name keep their standard definition (AD's
 * {@code streetAddress} is there an alias of {@code street}, {@code co} of friendlyCountryName);
 * {@code memberOf} comes from the memberof overlay. An AD attribute whose OID slapd uses under another
 * name (AD's middleName is slapd's built-in {@code ref}) gets an OID on the TEST-ONLY arc. The catalog's
 * AD tree classes ({@code domainDNS} under cosine's {@code domain}, {@code container}, {@code computer})
 * are not in these standard schemas and are rendered, allowing AD's operational attributes as well.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class OpenLdapSchemaRenderer {
    /** Attribute names core, cosine and inetorgperson (OpenLDAP 2.5/2.6) define, lower case. */
    private static final Set<String> STANDARD_NAMES = Set.of(
            "associateddomain",
            "audio",
            "businesscategory",
            "c",
            "carlicense",
            "cn",
            "co",
            "commonname",
            "departmentnumber",
            "description",
            "destinationindicator",
            "displayname",
            "distinguishedname",
            "dnqualifier",
            "documentidentifier",
            "employeenumber",
            "employeetype",
            "facsimiletelephonenumber",
            "givenname",
            "homephone",
            "homepostaladdress",
            "info",
            "initials",
            "internationalisdnnumber",
            "jpegphoto",
            "l",
            "labeleduri",
            "mail",
            "manager",
            "member",
            "mobile",
            "name",
            "o",
            "objectclass",
            "ou",
            "owner",
            "pager",
            "personaltitle",
            "photo",
            "physicaldeliveryofficename",
            "postaladdress",
            "postalcode",
            "postofficebox",
            "preferreddeliverymethod",
            "preferredlanguage",
            "registeredaddress",
            "roomnumber",
            "secretary",
            "seealso",
            "serialnumber",
            "sn",
            "st",
            "street",
            "streetaddress",
            "telephonenumber",
            "teletexterminalidentifier",
            "telexnumber",
            "textencodedoraddress",
            "title",
            "uid",
            "uniquemember",
            "usercertificate",
            "userpassword",
            "userpkcs12",
            "usersmimecertificate",
            "x121address",
            "x500uniqueidentifier");

    /** Provided by slapd's memberof overlay (same OID as AD), never rendered here. */
    private static final String OVERLAY_ATTRIBUTE = "memberof";

    /** OIDs slapd itself or the standard schemas use under another name than AD's. */
    private static final Set<String> TAKEN_OIDS = Set.of("2.16.840.1.113730.3.1.34");

    /** Classes OpenLDAP already defines; they are not rendered. */
    private static final Set<String> STANDARD_CLASSES = Set.of("top", "organizationalunit");

    private static final Pattern PERSON = Pattern.compile(
            "(objectclass\\s*\\(\\s*2\\.5\\.6\\.6\\s+NAME\\s+'person'.*?)MUST\\s*\\(\\s*sn\\s*\\$\\s*cn\\s*\\)(.*?)MAY\\s*\\(",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

    private final ExchangeSchema catalog;

    /**
     * Creates a renderer for a catalog.
     *
     * @param catalog the catalog to render; never null
     */
    public OpenLdapSchemaRenderer(ExchangeSchema catalog) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
    }

    /** Creates a renderer for {@link ExchangeSchema#standard()}. */
    public OpenLdapSchemaRenderer() {
        this(ExchangeSchema.standard());
    }

    /**
     * The schema file text (slapd.conf {@code include} form), LF line ends.
     *
     * @return never null
     */
    public String render() {
        StringBuilder text = new StringBuilder();
        text.append("# AD / Exchange recipient schema for OpenLDAP test directories.\n")
                .append("# GENERATED from io.galbridge.mapping.schema.ExchangeSchema - do not edit.\n")
                .append("# Include after core (AD-like person), cosine and inetorgperson; memberOf comes from the\n")
                .append("# memberof overlay. OIDs under ")
                .append(AttributeDefinition.TEST_ONLY_OID_ARC)
                .append(" are TEST-ONLY.\n\n");
        for (AttributeDefinition attribute : catalog.attributes()) {
            if (rendered(attribute)) {
                String oid = TAKEN_OIDS.contains(attribute.oid())
                        ? Rfc4512Definitions.substituteOid(attribute)
                        : attribute.oid();
                text.append("attributetype ")
                        .append(Rfc4512Definitions.attributeType(attribute, oid))
                        .append('\n');
            }
        }
        text.append('\n');
        for (ObjectClassDefinition objectClass : catalog.objectClasses()) {
            if (!STANDARD_CLASSES.contains(objectClass.normalizedName())) {
                // slapd.conf limits the words on one line: one attribute per continuation line
                text.append("objectclass ")
                        .append(render(objectClass).replace(" $ ", "\n\t$ "))
                        .append('\n');
            }
        }
        return text.toString();
    }

    /**
     * Rewrites OpenLDAP's {@code core.schema} so that {@code person} requires only {@code cn} and allows
     * {@code sn}, as AD's person does.
     *
     * @param coreSchema the text of OpenLDAP's core.schema; never null
     * @return the relaxed text; never null
     * @throws IllegalArgumentException when the text has no {@code person} class requiring sn and cn
     */
    public static String adLikeCoreSchema(String coreSchema) {
        Matcher matcher = PERSON.matcher(coreSchema);
        if (!matcher.find()) {
            throw new IllegalArgumentException(
                    "core.schema text has no 'person' class with MUST ( sn $ cn ) followed by MAY ( ... )");
        }
        return coreSchema.substring(0, matcher.start())
                + matcher.group(1) + "MUST cn" + matcher.group(2) + "MAY ( sn $"
                + coreSchema.substring(matcher.end());
    }

    private boolean rendered(AttributeDefinition attribute) {
        String name = attribute.normalizedName();
        return !STANDARD_NAMES.contains(name) && !name.equals(OVERLAY_ATTRIBUTE);
    }

    private String render(ObjectClassDefinition objectClass) {
        Set<String> must = new LinkedHashSet<>(objectClass.must());
        Set<String> may = new LinkedHashSet<>();
        for (String name : catalog.allowedAttributes(objectClass.name())) {
            if (!name.toLowerCase(Locale.ROOT).equals(OVERLAY_ATTRIBUTE) && !must.contains(name)) {
                may.add(name);
            }
        }
        ObjectClassType type = Rfc4512Definitions.type(objectClass.kind());
        return Rfc4512Definitions.objectClass(
                        objectClass.oid(), objectClass.name(), objectClass.superior(), type, must, List.copyOf(may))
                .toString();
    }
}
