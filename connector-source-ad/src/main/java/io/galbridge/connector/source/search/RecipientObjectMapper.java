package io.galbridge.connector.source.search;

import com.unboundid.ldap.sdk.Attribute;
import com.unboundid.ldap.sdk.Entry;
import io.galbridge.ad.value.GuidCodec;
import io.galbridge.connector.source.schema.RecipientAttribute;
import io.galbridge.connector.source.schema.RecipientSchema;
import io.galbridge.connector.source.schema.ValueKind;
import io.galbridge.mapping.model.AttributeNameIndex;
import io.galbridge.mapping.model.AttributeNames;
import io.galbridge.mapping.model.DirectoryEntry;
import io.galbridge.mapping.model.ProxyAddress;
import io.galbridge.mapping.model.ProxyAddressSet;
import io.galbridge.mapping.recipient.Classification;
import io.galbridge.mapping.recipient.RecipientClassifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    /** The attributes the rules read as bytes (value true); any case. */
    private static final AttributeNameIndex<Boolean> BINARY_FOR_RULES = AttributeNameIndex.of(Map.of(
            AttributeNames.OBJECT_GUID, true,
            AttributeNames.OBJECT_SID, true,
            AttributeNames.MAILBOX_GUID, true,
            AttributeNames.ARCHIVE_GUID, true,
            AttributeNames.MASTER_ACCOUNT_SID, true));

    /**
     * The attributes the classifier reads ({@link RecipientSchema#classifierInputs()}, which every read requests),
     * each with whether the rules read it as bytes; any case.
     */
    private static final AttributeNameIndex<Boolean> CLASSIFIER_INPUTS = classifierInputs();

    private final RecipientSchema schema;
    private final RecipientClassifier classifier;
    private final ReturnedAttributes byDefault = ReturnedAttributes.byDefault();

    /**
     * @param schema the recipient schema; not null
     * @param classifier the classifier for this forest; not null
     */
    public RecipientObjectMapper(RecipientSchema schema, RecipientClassifier classifier) {
        this.schema = Objects.requireNonNull(schema, "schema");
        this.classifier = Objects.requireNonNull(classifier, "classifier");
    }

    private static AttributeNameIndex<Boolean> classifierInputs() {
        Map<String, Boolean> inputs = new LinkedHashMap<>();
        for (String name : RecipientSchema.classifierInputs()) {
            inputs.put(name, BINARY_FOR_RULES.get(name) != null);
        }
        return AttributeNameIndex.of(inputs);
    }

    /** The rules' view of an LDAP entry: every attribute, by its name without options. */
    public static DirectoryEntry toDirectoryEntry(Entry entry) {
        DirectoryEntry.Builder builder = DirectoryEntry.builder(entry.getDN());
        for (Attribute a : entry.getAttributes()) {
            add(builder, a, BINARY_FOR_RULES.get(a.getBaseName()) != null);
        }
        return builder.build();
    }

    /**
     * The classifier's view of an LDAP entry: as {@link #toDirectoryEntry}, with only the attributes the
     * classifier reads, so an entry read with all its attributes is not copied whole for one decision.
     */
    private static DirectoryEntry classifierView(Entry entry) {
        DirectoryEntry.Builder builder = DirectoryEntry.builder(entry.getDN());
        for (Attribute a : entry.getAttributes()) {
            Boolean binary = CLASSIFIER_INPUTS.get(a.getBaseName());
            if (binary != null) {
                add(builder, a, binary);
            }
        }
        return builder.build();
    }

    private static void add(DirectoryEntry.Builder builder, Attribute a, boolean binary) {
        if (binary) {
            builder.addBytes(a.getBaseName(), a.getValueByteArrays());
        } else {
            builder.add(a.getBaseName(), a.getValues());
        }
    }

    /**
     * Classifies an entry.
     *
     * @throws InvalidAttributeValueException naming the entry when a deciding attribute is malformed
     */
    public Classification classify(Entry entry) {
        try {
            return classifier.classify(classifierView(entry));
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
        return toConnectorObject(
                entry, classification, wanted.isEmpty() ? byDefault : ReturnedAttributes.of(schema, wanted), rights);
    }

    /**
     * Builds the ConnId object, as {@link #toConnectorObject(Entry, Classification, Optional, Optional)}, with the
     * decision what to return made once per search.
     *
     * @param returned what to return, made with this mapper's schema; not null
     */
    ConnectorObject toConnectorObject(
            Entry entry, Classification classification, ReturnedAttributes returned, Optional<WriteRights> rights) {
        ConnectorObjectBuilder builder = new ConnectorObjectBuilder();
        builder.setObjectClass(RecipientSchema.RECIPIENT_CLASS);
        byte[] guid = entry.getAttributeValueBytes(AttributeNames.OBJECT_GUID);
        if (guid == null) {
            throw new InvalidAttributeValueException(entry.getDN() + ": the entry has no objectGUID");
        }
        try {
            builder.setUid(new Uid(GuidCodec.INSTANCE.toUid(guid)));
        } catch (IllegalArgumentException e) {
            throw new InvalidAttributeValueException(
                    entry.getDN() + ": objectGUID " + HexFormat.of().formatHex(guid) + " is malformed", e);
        }
        builder.setName(new Name(entry.getDN()));
        for (Attribute a : entry.getAttributes()) {
            RecipientAttribute def = schema.attribute(a.getBaseName()).orElse(null);
            if (def != null && returned.returns(def)) {
                builder.addAttribute(AttributeBuilder.build(def.name(), values(entry, a, def)));
            }
        }
        String[] classes = entry.getAttributeValues(AttributeNames.OBJECT_CLASS);
        if (classes != null && returned.objectClass()) {
            builder.addAttribute(
                    AttributeBuilder.build(RecipientSchema.OBJECT_CLASS, List.<Object>of((Object[]) classes)));
        }
        if (rights.isPresent() && returned.proxyAddressesWritable()) {
            rights.get()
                    .mayWrite(entry, AttributeNames.PROXY_ADDRESSES)
                    .ifPresent(w ->
                            builder.addAttribute(AttributeBuilder.build(RecipientSchema.PROXY_ADDRESSES_WRITABLE, w)));
        }
        addComputed(builder, entry, classification, returned);
        return builder.build();
    }

    private static List<Object> values(Entry entry, Attribute a, RecipientAttribute def) {
        if (def.kind() == ValueKind.STRING) {
            // the SDK decodes UTF-8 as ValueKind.STRING does, once per value: the classifier and the computed
            // attributes read the same strings
            return Arrays.asList((Object[]) a.getValues());
        }
        byte[][] raw = a.getValueByteArrays();
        List<Object> values = new ArrayList<>(raw.length);
        for (byte[] value : raw) {
            try {
                values.add(def.kind().fromLdap(value));
            } catch (IllegalArgumentException e) {
                throw new InvalidAttributeValueException(
                        entry.getDN() + ": attribute " + def.name() + " has a malformed value: " + e.getMessage(), e);
            }
        }
        return values;
    }

    private static void addComputed(
            ConnectorObjectBuilder builder, Entry entry, Classification c, ReturnedAttributes returned) {
        if (returned.recipientKind()) {
            builder.addAttribute(AttributeBuilder.build(
                    RecipientSchema.RECIPIENT_KIND,
                    c.kind().code() + " " + c.kind().name()));
        }
        boolean smtp = returned.primarySmtpAddress();
        boolean x500 = returned.x500Addresses();
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
