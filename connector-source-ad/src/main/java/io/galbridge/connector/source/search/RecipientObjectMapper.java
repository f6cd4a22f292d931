package io.galbridge.connector.source.search;

import com.unboundid.ldap.sdk.Attribute;
import com.unboundid.ldap.sdk.Entry;
import io.galbridge.ad.value.GuidCodec;
import io.galbridge.connector.source.schema.RecipientAttribute;
import io.galbridge.connector.source.schema.RecipientSchema;
import io.galbridge.connector.source.schema.ValueKind;
import io.galbridge.mapping.model.AttributeNames;
import io.galbridge.mapping.model.DirectoryEntry;
import io.galbridge.mapping.model.ProxyAddress;
import io.galbridge.mapping.model.ProxyAddressSet;
import io.galbridge.mapping.recipient.Classification;
import io.galbridge.mapping.recipient.RecipientClassifier;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.identityconnectors.framework.common.exceptions.InvalidAttributeValueException;
import org.identityconnectors.framework.common.objects.AttributeBuilder;
import org.identityconnectors.framework.common.objects.ConnectorObject;
import org.identityconnectors.framework.common.objects.ConnectorObjectBuilder;
import org.identityconnectors.framework.common.objects.Name;
import org.identityconnectors.framework.common.objects.Uid;

/**
 * Turns one LDAP entry into a ConnId {@code recipient}: UID from objectGUID, NAME from the DN, catalog
 * attributes converted by their {@link ValueKind}, and the computed attributes from the mapping rules
 * (classifier, proxy address set). Thread-safe (holds only immutable state).
 */
public final class RecipientObjectMapper {

    private static final Set<String> BINARY_FOR_RULES = Set.of(
            AttributeNames.OBJECT_GUID.toLowerCase(Locale.ROOT),
            AttributeNames.OBJECT_SID.toLowerCase(Locale.ROOT),
            AttributeNames.MAILBOX_GUID.toLowerCase(Locale.ROOT),
            AttributeNames.ARCHIVE_GUID.toLowerCase(Locale.ROOT),
            AttributeNames.MASTER_ACCOUNT_SID.toLowerCase(Locale.ROOT));

    private static final String WRITABLE = RecipientSchema.PROXY_ADDRESSES_WRITABLE.toLowerCase(Locale.ROOT);

    private final RecipientSchema schema;
    private final RecipientClassifier classifier;

    /**
     * @param schema the recipient schema; not null
     * @param classifier the classifier for this forest; not null
     */
    public RecipientObjectMapper(RecipientSchema schema, RecipientClassifier classifier) {
        this.schema = Objects.requireNonNull(schema, "schema");
        this.classifier = Objects.requireNonNull(classifier, "classifier");
    }

    /** The rules' view of an LDAP entry. */
    public static DirectoryEntry toDirectoryEntry(Entry entry) {
        DirectoryEntry.Builder builder = DirectoryEntry.builder(entry.getDN());
        for (Attribute a : entry.getAttributes()) {
            String base = a.getBaseName();
            if (BINARY_FOR_RULES.contains(base.toLowerCase(Locale.ROOT))) {
                builder.addBytes(base, a.getValueByteArrays());
            } else {
                builder.add(base, a.getValues());
            }
        }
        return builder.build();
    }

    /**
     * Classifies an entry.
     *
     * @throws InvalidAttributeValueException naming the entry when a deciding attribute is malformed
     */
    public Classification classify(Entry entry) {
        try {
            return classifier.classify(toDirectoryEntry(entry));
        } catch (IllegalArgumentException e) {
            throw new InvalidAttributeValueException(
                    entry.getDN() + ": cannot classify the recipient: " + e.getMessage(), e);
        }
    }

    /**
     * Builds the ConnId object.
     *
     * @param entry the entry as read; must carry objectGUID
     * @param classification the entry's classification
     * @param wanted the ConnId attribute names to return (lower case), or empty for the default set
     * @return the object
     * @throws InvalidAttributeValueException naming the entry and attribute when a value is malformed
     */
    public ConnectorObject toConnectorObject(Entry entry, Classification classification, Optional<Set<String>> wanted) {
        return toConnectorObject(entry, classification, wanted, Optional.empty());
    }

    /**
     * Builds the ConnId object, with {@link RecipientSchema#PROXY_ADDRESSES_WRITABLE} when the host asked for
     * it by name and the entry was read with {@link WriteRights#EFFECTIVE}.
     *
     * @param entry the entry as read; must carry objectGUID
     * @param classification the entry's classification
     * @param wanted the ConnId attribute names to return (lower case), or empty for the default set
     * @param rights how to read the entry's write rights; empty when they were not read
     * @return the object
     * @throws InvalidAttributeValueException naming the entry and attribute when a value is malformed
     */
    public ConnectorObject toConnectorObject(
            Entry entry, Classification classification, Optional<Set<String>> wanted, Optional<WriteRights> rights) {
        ConnectorObjectBuilder builder = new ConnectorObjectBuilder();
        builder.setObjectClass(RecipientSchema.RECIPIENT_CLASS);
        byte[] guid = entry.getAttributeValueBytes(AttributeNames.OBJECT_GUID);
        if (guid == null) {
            throw new InvalidAttributeValueException(entry.getDN() + ": the entry has no objectGUID");
        }
        try {
            builder.setUid(new Uid(GuidCodec.INSTANCE.decode(guid).toString()));
        } catch (IllegalArgumentException e) {
            throw new InvalidAttributeValueException(
                    entry.getDN() + ": objectGUID " + HexFormat.of().formatHex(guid) + " is malformed", e);
        }
        builder.setName(new Name(entry.getDN()));
        for (Attribute a : entry.getAttributes()) {
            Optional<RecipientAttribute> def = schema.attribute(a.getBaseName());
            if (def.isEmpty() || !isWanted(def.get(), wanted)) {
                continue;
            }
            List<Object> values = new ArrayList<>();
            for (byte[] raw : a.getValueByteArrays()) {
                try {
                    values.add(def.get().kind().fromLdap(raw));
                } catch (IllegalArgumentException e) {
                    throw new InvalidAttributeValueException(
                            entry.getDN() + ": attribute " + def.get().name() + " has a malformed value: "
                                    + e.getMessage(),
                            e);
                }
            }
            builder.addAttribute(AttributeBuilder.build(def.get().name(), values));
        }
        String[] classes = entry.getAttributeValues(AttributeNames.OBJECT_CLASS);
        if (classes != null && computedWanted(RecipientSchema.OBJECT_CLASS, wanted)) {
            builder.addAttribute(
                    AttributeBuilder.build(RecipientSchema.OBJECT_CLASS, List.<Object>of((Object[]) classes)));
        }
        if (rights.isPresent() && wanted.map(w -> w.contains(WRITABLE)).orElse(false)) {
            rights.get()
                    .mayWrite(entry, AttributeNames.PROXY_ADDRESSES)
                    .ifPresent(w ->
                            builder.addAttribute(AttributeBuilder.build(RecipientSchema.PROXY_ADDRESSES_WRITABLE, w)));
        }
        addComputed(builder, entry, classification, wanted);
        return builder.build();
    }

    private static boolean isWanted(RecipientAttribute a, Optional<Set<String>> wanted) {
        return wanted.map(w -> w.contains(a.name().toLowerCase(Locale.ROOT))).orElse(a.returnedByDefault());
    }

    private static boolean computedWanted(String name, Optional<Set<String>> wanted) {
        return wanted.map(w -> w.contains(name.toLowerCase(Locale.ROOT))).orElse(true);
    }

    private static void addComputed(
            ConnectorObjectBuilder builder, Entry entry, Classification c, Optional<Set<String>> wanted) {
        if (computedWanted(RecipientSchema.RECIPIENT_KIND, wanted)) {
            builder.addAttribute(AttributeBuilder.build(
                    RecipientSchema.RECIPIENT_KIND,
                    c.kind().code() + " " + c.kind().name()));
        }
        boolean smtp = computedWanted(RecipientSchema.PRIMARY_SMTP_ADDRESS, wanted);
        boolean x500 = computedWanted(RecipientSchema.X500_ADDRESSES, wanted);
        if (!smtp && !x500) {
            return;
        }
        String[] stored = entry.getAttributeValues(AttributeNames.PROXY_ADDRESSES);
        ProxyAddressSet proxies;
        try {
            proxies = ProxyAddressSet.parse(stored == null ? List.of() : List.of(stored));
        } catch (IllegalArgumentException e) {
            throw new InvalidAttributeValueException(entry.getDN() + ": proxyAddresses: " + e.getMessage(), e);
        }
        if (smtp) {
            proxies.primarySmtp()
                    .ifPresent(p -> builder.addAttribute(
                            AttributeBuilder.build(RecipientSchema.PRIMARY_SMTP_ADDRESS, p.address())));
        }
        if (x500) {
            List<String> x500s =
                    proxies.x500s().stream().map(ProxyAddress::address).collect(Collectors.toList());
            if (!x500s.isEmpty()) {
                builder.addAttribute(AttributeBuilder.build(RecipientSchema.X500_ADDRESSES, x500s));
            }
        }
    }
}
