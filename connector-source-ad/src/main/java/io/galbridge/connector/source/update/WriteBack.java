package io.galbridge.connector.source.update;

import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;
import com.unboundid.ldap.sdk.SearchResultEntry;
import io.galbridge.ad.connection.AdConnectionPool;
import io.galbridge.connector.source.RecipientLocator;
import io.galbridge.connector.source.SourceSettings;
import io.galbridge.mapping.model.AttributeNames;
import io.galbridge.mapping.model.ProxyAddress;
import io.galbridge.mapping.model.TargetAddress;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.identityconnectors.framework.common.exceptions.InvalidAttributeValueException;
import org.identityconnectors.framework.common.exceptions.PermissionDeniedException;
import org.identityconnectors.framework.common.objects.AttributeDelta;
import org.identityconnectors.framework.common.objects.Uid;

/**
 * {@code UpdateDeltaOp} limited to what the migration writes into a source forest:
 *
 * <ul>
 *   <li>{@code proxyAddresses}, adding values only (valuesToAdd):
 *       <ul>
 *         <li>X500 values (the X500 back-flow, spec 2.11 and 3.5: a replica's or the target mail user's
 *             legacyExchangeDN);
 *         <li>one secondary {@code smtp:} value, and only the routing address of the post-move flip: its
 *             address must equal the object's targetAddress after this update (the targetAddress replaced in
 *             the same call, else the one the object has), so the source mail user carries the address it
 *             forwards to (spec 4.3 "add that proxy first if it is missing"). A primary {@code SMTP:} value,
 *             any other SMTP address and any other type are refused: the primary SMTP is the user's
 *             identity and Exchange's address policy owns the rest.
 *       </ul>
 *       A value already present, compared per value case-insensitively (AD's matching rule), is not added
 *       again; values the object has are never replaced or removed. (An X500-only add leaves that comparison to
 *       the server, {@link X500Append}: the same on Windows AD, OpenLDAP and the embedded server; Samba compares
 *       proxyAddresses case-sensitively.)
 *   <li>the post-move flip: replacing {@code targetAddress}, {@code msExchRecipientTypeDetails} and {@code
 *       msExchRecipientDisplayType} (single values; a replica's targetAddress is retargeted the same way);
 *   <li>removing {@code homeMDB}, {@code homeMTA} and {@code msExchHomeServerName}, only when the
 *       configuration opts in ({@code removeMailboxAttributesAllowed}).
 * </ul>
 *
 * Everything else is refused with a {@link PermissionDeniedException} naming the attribute (a malformed value
 * with an {@link InvalidAttributeValueException}), before anything is written. Applying the same deltas twice
 * changes nothing the second time.
 *
 * <p>Round trips: a call that only adds X500 values is one modify request where the server allows it ({@link
 * X500Append}: by GUID DN on AD and Samba, by the UID's name hint with an objectGUID assertion elsewhere);
 * every other call, and an X500 add the fast path hands back, first locates the object by objectGUID under the
 * search roots, reading the attributes it changes, then sends one modify with only what is missing. Thread-safe.
 */
public final class WriteBack {

    private static final String PROXY = AttributeNames.PROXY_ADDRESSES.toLowerCase(Locale.ROOT);
    private static final String TARGET_ADDRESS = AttributeNames.TARGET_ADDRESS.toLowerCase(Locale.ROOT);
    private static final Set<String> FLIP = Set.of(
            TARGET_ADDRESS,
            AttributeNames.RECIPIENT_TYPE_DETAILS.toLowerCase(Locale.ROOT),
            AttributeNames.RECIPIENT_DISPLAY_TYPE.toLowerCase(Locale.ROOT));
    private static final Set<String> MAILBOX = Set.of(
            AttributeNames.HOME_MDB.toLowerCase(Locale.ROOT),
            AttributeNames.HOME_MTA.toLowerCase(Locale.ROOT),
            AttributeNames.HOME_SERVER_NAME.toLowerCase(Locale.ROOT));

    private final AdConnectionPool pool;
    private final SourceSettings settings;
    private final RecipientLocator locator;
    private final X500Append x500Append;

    /**
     * @param pool the connections; not null
     * @param settings the configuration; not null
     * @param locator finds the object by UID when the write needs its current values or {@code features} offer
     *     no direct path; not null
     * @param features what the server announces ({@link DirectoryFeatures#probe}); not null
     */
    public WriteBack(
            AdConnectionPool pool, SourceSettings settings, RecipientLocator locator, DirectoryFeatures features) {
        this.pool = Objects.requireNonNull(pool, "pool");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.locator = Objects.requireNonNull(locator, "locator");
        this.x500Append = new X500Append(pool, settings, features);
    }

    /**
     * Applies the deltas.
     *
     * @param uid the recipient; not null
     * @param deltas the changes; not null
     * @return no side-effect changes (always empty)
     * @throws PermissionDeniedException naming the first attribute, operation or value the write-backs do not
     *     allow
     * @throws InvalidAttributeValueException naming the attribute when a value is malformed
     * @throws org.identityconnectors.framework.common.exceptions.UnknownUidException when the UID is unknown
     */
    public Set<AttributeDelta> apply(Uid uid, Set<AttributeDelta> deltas) {
        for (AttributeDelta d : deltas) {
            check(d);
        }
        Optional<List<String>> x500 = x500Only(deltas);
        if (x500.isPresent() && x500Append.tryAdd(uid, x500.get())) {
            return Collections.emptySet();
        }
        SearchResultEntry entry = locator.find(
                uid,
                AttributeNames.PROXY_ADDRESSES,
                AttributeNames.TARGET_ADDRESS,
                AttributeNames.RECIPIENT_TYPE_DETAILS,
                AttributeNames.RECIPIENT_DISPLAY_TYPE,
                AttributeNames.HOME_MDB,
                AttributeNames.HOME_MTA,
                AttributeNames.HOME_SERVER_NAME);
        checkRoutingProxy(entry, deltas);
        List<Modification> mods = new ArrayList<>();
        for (AttributeDelta d : deltas) {
            modification(entry, d, mods);
        }
        if (!mods.isEmpty()) {
            pool.run(entry.getDN(), c -> c.modify(entry.getDN(), mods));
        }
        return Collections.emptySet();
    }

    /**
     * The values when the deltas only add X500 proxy addresses (the GAL sync's back-flow, which needs no read:
     * {@link X500Append}); empty when anything else is asked (the routing smtp: address and the flip are checked
     * against the values the object has).
     */
    private static Optional<List<String>> x500Only(Set<AttributeDelta> deltas) {
        List<String> x500 = new ArrayList<>();
        for (AttributeDelta d : deltas) {
            if (!d.getName().equalsIgnoreCase(AttributeNames.PROXY_ADDRESSES)) {
                return Optional.empty();
            }
            for (Object v : values(d.getValuesToAdd())) {
                if (!parse(d.getName(), v).isX500()) {
                    return Optional.empty();
                }
                x500.add(String.valueOf(v));
            }
        }
        return x500.isEmpty() ? Optional.empty() : Optional.of(X500Append.distinctIgnoringCase(x500));
    }

    private void check(AttributeDelta d) {
        String name = d.getName();
        String key = name.toLowerCase(Locale.ROOT);
        if (key.equals(PROXY)) {
            if (d.getValuesToReplace() != null
                    || (d.getValuesToRemove() != null && !d.getValuesToRemove().isEmpty())) {
                throw denied(
                        name,
                        "values may only be added (X500s, the routing smtp: address), never replaced or" + " removed");
            }
            for (Object v : values(d.getValuesToAdd())) {
                ProxyAddress p = parse(name, v);
                if (p.isX500()) {
                    continue;
                }
                if (!p.isSmtp()) {
                    throw denied(name, "only X500 and the routing smtp: address may be added, not '" + v + "'");
                }
                if (p.isPrimary()) {
                    throw denied(
                            name,
                            "a primary SMTP: address may not be added ('" + v
                                    + "'): the primary is the user's identity; add the routing address as smtp:");
                }
            }
            return;
        }
        if (FLIP.contains(key)) {
            if (d.getValuesToReplace() == null || d.getValuesToReplace().size() > 1) {
                throw denied(name, "the post-move flip replaces the single value (valuesToReplace)");
            }
            return;
        }
        if (MAILBOX.contains(key)) {
            if (!settings.removeMailboxAttributesAllowed()) {
                throw denied(name, "removing mailbox attributes is not enabled (removeMailboxAttributesAllowed)");
            }
            boolean removal = (d.getValuesToReplace() != null
                            && d.getValuesToReplace().isEmpty())
                    || (d.getValuesToRemove() != null && d.getValuesToAdd() == null && d.getValuesToReplace() == null);
            if (!removal) {
                throw denied(name, "it may only be removed (replace with no values), never set");
            }
            return;
        }
        throw denied(
                name,
                "the source connector only writes X500 and routing proxy addresses and the post-move" + " attributes");
    }

    /** A secondary SMTP value may be added only when it is the address the object's targetAddress names. */
    private static void checkRoutingProxy(SearchResultEntry entry, Set<AttributeDelta> deltas) {
        Optional<String> routing = targetAddressAfter(entry, deltas);
        for (AttributeDelta d : deltas) {
            if (!d.getName().equalsIgnoreCase(AttributeNames.PROXY_ADDRESSES)) {
                continue;
            }
            for (Object v : values(d.getValuesToAdd())) {
                ProxyAddress p = parse(d.getName(), v);
                if (p.isSmtp() && routing.filter(p.address()::equalsIgnoreCase).isEmpty()) {
                    throw denied(
                            d.getName(),
                            "'" + v + "' is not the routing address of " + entry.getDN()
                                    + " (its targetAddress after this update is "
                                    + routing.map(a -> "smtp:" + a).orElse("absent")
                                    + "); only that SMTP address may be added");
                }
            }
        }
    }

    private static Optional<String> targetAddressAfter(SearchResultEntry entry, Set<AttributeDelta> deltas) {
        for (AttributeDelta d : deltas) {
            if (d.getName().equalsIgnoreCase(AttributeNames.TARGET_ADDRESS)) {
                List<Object> values = d.getValuesToReplace();
                return values.isEmpty() ? Optional.empty() : smtpAddress(d.getName(), values.get(0));
            }
        }
        String current = entry.getAttributeValue(AttributeNames.TARGET_ADDRESS);
        return current == null ? Optional.empty() : smtpAddress(AttributeNames.TARGET_ADDRESS, current);
    }

    private static Optional<String> smtpAddress(String attribute, Object value) {
        TargetAddress t = targetAddress(attribute, value);
        return t.isSmtp() ? Optional.of(t.address()) : Optional.empty();
    }

    private void modification(SearchResultEntry entry, AttributeDelta d, List<Modification> mods) {
        String key = d.getName().toLowerCase(Locale.ROOT);
        if (key.equals(PROXY)) {
            String[] current = entry.getAttributeValues(AttributeNames.PROXY_ADDRESSES);
            List<String> present = new ArrayList<>(current == null ? List.of() : List.of(current));
            List<String> added = new ArrayList<>();
            for (Object v : values(d.getValuesToAdd())) {
                String value = String.valueOf(v);
                if (present.stream().noneMatch(p -> p.equalsIgnoreCase(value))) {
                    present.add(value);
                    added.add(value);
                }
            }
            if (!added.isEmpty()) {
                mods.add(new Modification(
                        ModificationType.ADD, AttributeNames.PROXY_ADDRESSES, added.toArray(String[]::new)));
            }
        } else if (FLIP.contains(key)) {
            List<Object> values = d.getValuesToReplace();
            String ldapName = entry.getAttribute(d.getName()) == null
                    ? d.getName()
                    : entry.getAttribute(d.getName()).getName();
            if (values.isEmpty()) {
                if (entry.hasAttribute(d.getName())) {
                    mods.add(new Modification(ModificationType.REPLACE, ldapName));
                }
                return;
            }
            String value = String.valueOf(values.get(0));
            if (key.equals(TARGET_ADDRESS)) {
                targetAddress(d.getName(), value);
            } else {
                checkNumber(d.getName(), value);
            }
            if (!value.equals(entry.getAttributeValue(d.getName()))) {
                mods.add(new Modification(ModificationType.REPLACE, ldapName, value));
            }
        } else if (MAILBOX.contains(key) && entry.hasAttribute(d.getName())) {
            mods.add(new Modification(
                    ModificationType.DELETE, entry.getAttribute(d.getName()).getName()));
        }
    }

    private static void checkNumber(String attribute, String value) {
        try {
            Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new InvalidAttributeValueException(attribute + ": '" + value + "' is not an integer", e);
        }
    }

    private static ProxyAddress parse(String attribute, Object value) {
        try {
            return ProxyAddress.parse(String.valueOf(value));
        } catch (IllegalArgumentException e) {
            throw new InvalidAttributeValueException(attribute + ": " + e.getMessage(), e);
        }
    }

    private static TargetAddress targetAddress(String attribute, Object value) {
        try {
            return TargetAddress.parse(String.valueOf(value));
        } catch (IllegalArgumentException e) {
            throw new InvalidAttributeValueException(attribute + ": " + e.getMessage(), e);
        }
    }

    private static List<Object> values(List<Object> values) {
        return values == null ? List.of() : values;
    }

    private static PermissionDeniedException denied(String attribute, String reason) {
        return new PermissionDeniedException(
                "attribute " + attribute + " may not be changed by the source connector: " + reason);
    }
}
