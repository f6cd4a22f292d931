package io.galbridge.connector.source.schema;

import io.galbridge.mapping.model.AttributeNameIndex;
import io.galbridge.mapping.model.AttributeNames;
import io.galbridge.mapping.schema.AttributeDefinition;
import io.galbridge.mapping.schema.ExchangeSchema;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.identityconnectors.framework.common.objects.AttributeInfo.Flags;
import org.identityconnectors.framework.common.objects.AttributeInfoBuilder;
import org.identityconnectors.framework.common.objects.Name;
import org.identityconnectors.framework.common.objects.ObjectClass;
import org.identityconnectors.framework.common.objects.ObjectClassInfoBuilder;
import org.identityconnectors.framework.common.objects.Schema;
import org.identityconnectors.framework.common.objects.SchemaBuilder;
import org.identityconnectors.framework.common.objects.Uid;
import org.identityconnectors.framework.spi.Connector;

/**
 * The connector's one object class, {@value #RECIPIENT}, with every attribute of galbridge's AD/Exchange
 * catalog ({@link ExchangeSchema}), the entry's {@value #OBJECT_CLASS} (read-only), three computed,
 * read-only attributes from the mapping rules and the computed {@value #PROXY_ADDRESSES_WRITABLE}.
 *
 * <p>{@code __UID__} is the objectGUID (canonical lower-case string), {@code __NAME__} the DN; objectGUID
 * itself is therefore not repeated as an attribute. Immutable and thread-safe; {@link #standard()} is the
 * instance.
 */
public final class RecipientSchema {

    /** The object class name. */
    public static final String RECIPIENT = "recipient";
    /** The ConnId object class. */
    public static final ObjectClass RECIPIENT_CLASS = new ObjectClass(RECIPIENT);
    /** Computed: the classifier's kind, {@code <code> <name>}, e.g. {@code K2a USER_MAILBOX}. */
    public static final String RECIPIENT_KIND = "recipientKind";
    /** Computed: the address of the {@code SMTP:} proxy address, without prefix. */
    public static final String PRIMARY_SMTP_ADDRESS = "primarySmtpAddress";
    /** Computed: the X500 proxy addresses, without prefix (legacyExchangeDN values of earlier lives). */
    public static final String X500_ADDRESSES = "x500Addresses";
    /**
     * Read-only, returned by default: the entry's LDAP {@code objectClass} values as the server gives them
     * (the full chain on AD, e.g. {@code top, person, organizationalPerson, user}); decision record 0003.
     */
    public static final String OBJECT_CLASS = "objectClass";
    /**
     * Computed, only when asked for by name: whether the bind account may write proxyAddresses on this entry
     * (AD's allowedAttributesEffective); absent when the server cannot tell (not AD).
     */
    public static final String PROXY_ADDRESSES_WRITABLE = "proxyAddressesWritable";
    /** The computed attribute names. */
    public static final Set<String> COMPUTED =
            Set.of(RECIPIENT_KIND, PRIMARY_SMTP_ADDRESS, X500_ADDRESSES, PROXY_ADDRESSES_WRITABLE);

    /** Attributes the write-backs may change: X500 and routing proxies and the post-move flip. */
    static final Set<String> UPDATEABLE = Set.of(
            AttributeNames.PROXY_ADDRESSES,
            AttributeNames.TARGET_ADDRESS,
            AttributeNames.RECIPIENT_TYPE_DETAILS,
            AttributeNames.RECIPIENT_DISPLAY_TYPE,
            AttributeNames.HOME_MDB,
            AttributeNames.HOME_MTA,
            AttributeNames.HOME_SERVER_NAME);

    /** Large or rarely wanted values a host must ask for by name. */
    private static final Set<String> NOT_BY_DEFAULT =
            Set.of("member", "memberOf", "directReports", "managedObjects", "msExchMailboxSecurityDescriptor");

    private static final RecipientSchema STANDARD = new RecipientSchema(ExchangeSchema.standard());

    private final Map<String, RecipientAttribute> byName;
    /** The same attributes by name in any case, for the lookup per attribute of every entry read. */
    private final AttributeNameIndex<RecipientAttribute> index;

    private RecipientSchema(ExchangeSchema catalog) {
        Map<String, RecipientAttribute> map = new LinkedHashMap<>();
        for (AttributeDefinition d : catalog.attributes()) {
            if (d.normalizedName().equals(AttributeNames.OBJECT_GUID.toLowerCase(Locale.ROOT))) {
                continue;
            }
            ValueKind kind = ValueKind.of(d);
            boolean byDefault = kind != ValueKind.BINARY && !NOT_BY_DEFAULT.contains(d.ldapDisplayName());
            map.put(
                    d.normalizedName(),
                    new RecipientAttribute(
                            d.ldapDisplayName(),
                            kind,
                            !d.singleValued(),
                            UPDATEABLE.contains(d.ldapDisplayName()),
                            byDefault));
        }
        this.byName = Collections.unmodifiableMap(map);
        Map<String, RecipientAttribute> byLdapName = new LinkedHashMap<>();
        for (RecipientAttribute a : map.values()) {
            byLdapName.put(a.name(), a);
        }
        this.index = AttributeNameIndex.of(byLdapName);
    }

    /** The schema over the standard catalog. */
    public static RecipientSchema standard() {
        return STANDARD;
    }

    /** Every LDAP-backed attribute, catalog order. */
    public List<RecipientAttribute> attributes() {
        return List.copyOf(byName.values());
    }

    /** The attribute with this name in any case, or empty when it is not LDAP-backed. */
    public Optional<RecipientAttribute> attribute(String name) {
        return Optional.ofNullable(index.get(name));
    }

    /**
     * The ConnId schema.
     *
     * @param connector the connector class, as {@link SchemaBuilder} wants it; not null
     * @return the schema with the one object class
     */
    public Schema connIdSchema(Class<? extends Connector> connector) {
        ObjectClassInfoBuilder oc = new ObjectClassInfoBuilder();
        oc.setType(RECIPIENT);
        oc.addAttributeInfo(AttributeInfoBuilder.define(Uid.NAME)
                .setNativeName(AttributeNames.OBJECT_GUID)
                .setRequired(false)
                .setCreateable(false)
                .setUpdateable(false)
                .build());
        oc.addAttributeInfo(AttributeInfoBuilder.define(Name.NAME)
                .setNativeName("distinguishedName")
                .setRequired(true)
                .setCreateable(false)
                .setUpdateable(false)
                .build());
        for (RecipientAttribute a : byName.values()) {
            Set<Flags> flags = EnumSet.of(Flags.NOT_CREATABLE);
            if (a.multiValued()) {
                flags.add(Flags.MULTIVALUED);
            }
            if (!a.updateable()) {
                flags.add(Flags.NOT_UPDATEABLE);
            }
            if (!a.returnedByDefault()) {
                flags.add(Flags.NOT_RETURNED_BY_DEFAULT);
            }
            oc.addAttributeInfo(AttributeInfoBuilder.build(a.name(), a.kind().connIdType(), flags));
        }
        EnumSet<Flags> readOnly = EnumSet.of(Flags.NOT_CREATABLE, Flags.NOT_UPDATEABLE);
        EnumSet<Flags> classes = EnumSet.copyOf(readOnly);
        classes.add(Flags.MULTIVALUED);
        oc.addAttributeInfo(AttributeInfoBuilder.build(OBJECT_CLASS, String.class, classes));
        EnumSet<Flags> onRequest = EnumSet.copyOf(readOnly);
        onRequest.add(Flags.NOT_RETURNED_BY_DEFAULT);
        oc.addAttributeInfo(AttributeInfoBuilder.build(PROXY_ADDRESSES_WRITABLE, Boolean.class, onRequest));
        oc.addAttributeInfo(AttributeInfoBuilder.build(RECIPIENT_KIND, String.class, readOnly));
        oc.addAttributeInfo(AttributeInfoBuilder.build(PRIMARY_SMTP_ADDRESS, String.class, readOnly));
        EnumSet<Flags> multiReadOnly = EnumSet.copyOf(readOnly);
        multiReadOnly.add(Flags.MULTIVALUED);
        oc.addAttributeInfo(AttributeInfoBuilder.build(X500_ADDRESSES, String.class, multiReadOnly));
        SchemaBuilder schema = new SchemaBuilder(connector);
        schema.defineObjectClass(oc.build());
        return schema.build();
    }

    /** The LDAP attributes every read needs, whatever the host asked for: the classifier's inputs. */
    public static List<String> classifierInputs() {
        List<String> names = new ArrayList<>(List.of(
                AttributeNames.OBJECT_CLASS,
                AttributeNames.OBJECT_GUID,
                AttributeNames.MAIL_NICKNAME,
                AttributeNames.PROXY_ADDRESSES,
                AttributeNames.TARGET_ADDRESS,
                AttributeNames.HOME_MDB,
                AttributeNames.RECIPIENT_TYPE_DETAILS,
                AttributeNames.REMOTE_RECIPIENT_TYPE,
                AttributeNames.MAILBOX_GUID,
                AttributeNames.USER_ACCOUNT_CONTROL,
                AttributeNames.MASTER_ACCOUNT_SID));
        return List.copyOf(names);
    }
}
