package io.galbridge.connector.source.search;

import io.galbridge.connector.source.schema.RecipientAttribute;
import io.galbridge.connector.source.schema.RecipientSchema;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Which attributes a read returns of each recipient, decided once per search from the host's attributes to get
 * instead of once per attribute of every entry: without a list, the catalog attributes {@link
 * RecipientAttribute#returnedByDefault() returned by default} and every computed attribute except {@value
 * RecipientSchema#PROXY_ADDRESSES_WRITABLE}; with a list, exactly the attributes it names, in any case.
 * Immutable and thread-safe.
 */
final class ReturnedAttributes {

    /** The catalog attributes asked for by name (the schema's instances), or null for the default set. */
    private final Set<RecipientAttribute> named;

    private final boolean objectClass;
    private final boolean recipientKind;
    private final boolean primarySmtpAddress;
    private final boolean x500Addresses;
    private final boolean proxyAddressesWritable;

    private ReturnedAttributes(
            Set<RecipientAttribute> named,
            boolean objectClass,
            boolean recipientKind,
            boolean primarySmtpAddress,
            boolean x500Addresses,
            boolean proxyAddressesWritable) {
        this.named = named;
        this.objectClass = objectClass;
        this.recipientKind = recipientKind;
        this.primarySmtpAddress = primarySmtpAddress;
        this.x500Addresses = x500Addresses;
        this.proxyAddressesWritable = proxyAddressesWritable;
    }

    /** The default set: what a read without attributes to get returns. */
    static ReturnedAttributes byDefault() {
        return new ReturnedAttributes(null, true, true, true, true, false);
    }

    /**
     * The attributes a host asked for.
     *
     * @param schema the schema whose attribute instances the read looks up; not null
     * @param wanted the ConnId attribute names (lower case), or empty for the default set; not null
     * @return the decision
     */
    static ReturnedAttributes of(RecipientSchema schema, Optional<Set<String>> wanted) {
        Objects.requireNonNull(schema, "schema");
        if (wanted.isEmpty()) {
            return byDefault();
        }
        Set<String> names = wanted.get();
        Set<RecipientAttribute> named = Collections.newSetFromMap(new IdentityHashMap<>());
        for (String n : names) {
            schema.attribute(n)
                    .filter(a -> names.contains(a.name().toLowerCase(Locale.ROOT)))
                    .ifPresent(named::add);
        }
        return new ReturnedAttributes(
                Collections.unmodifiableSet(named),
                asked(names, RecipientSchema.OBJECT_CLASS),
                asked(names, RecipientSchema.RECIPIENT_KIND),
                asked(names, RecipientSchema.PRIMARY_SMTP_ADDRESS),
                asked(names, RecipientSchema.X500_ADDRESSES),
                asked(names, RecipientSchema.PROXY_ADDRESSES_WRITABLE));
    }

    private static boolean asked(Set<String> names, String name) {
        return names.contains(name.toLowerCase(Locale.ROOT));
    }

    /** Whether a catalog attribute is returned; {@code attribute} is an instance of the schema given to {@link #of}. */
    boolean returns(RecipientAttribute attribute) {
        return named == null ? attribute.returnedByDefault() : named.contains(attribute);
    }

    /** Whether {@value RecipientSchema#OBJECT_CLASS} is returned. */
    boolean objectClass() {
        return objectClass;
    }

    /** Whether {@value RecipientSchema#RECIPIENT_KIND} is returned. */
    boolean recipientKind() {
        return recipientKind;
    }

    /** Whether {@value RecipientSchema#PRIMARY_SMTP_ADDRESS} is returned. */
    boolean primarySmtpAddress() {
        return primarySmtpAddress;
    }

    /** Whether {@value RecipientSchema#X500_ADDRESSES} is returned. */
    boolean x500Addresses() {
        return x500Addresses;
    }

    /** Whether {@value RecipientSchema#PROXY_ADDRESSES_WRITABLE} was asked for by name. */
    boolean proxyAddressesWritable() {
        return proxyAddressesWritable;
    }
}
