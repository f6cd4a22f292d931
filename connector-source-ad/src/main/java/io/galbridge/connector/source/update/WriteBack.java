package io.galbridge.connector.source.update;

import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;
import com.unboundid.ldap.sdk.SearchResultEntry;
import io.galbridge.ad.connection.AdConnectionPool;
import io.galbridge.connector.source.RecipientLocator;
import io.galbridge.connector.source.SourceSettings;
import io.galbridge.mapping.model.AttributeNames;
import io.galbridge.mapping.model.ProxyAddress;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.identityconnectors.framework.common.exceptions.InvalidAttributeValueException;
import org.identityconnectors.framework.common.exceptions.PermissionDeniedException;
import org.identityconnectors.framework.common.objects.AttributeDelta;
import org.identityconnectors.framework.common.objects.Uid;

/**
 * {@code UpdateDeltaOp} limited to what the migration writes into a source forest:
 *
 * <ul>
 *   <li>{@code proxyAddresses}: adding X500 values only (e.g. the target's legacyExchangeDN after a move); a
 *       value already present, compared per value case-insensitively, is not added again;
 *   <li>the post-move flip: replacing {@code targetAddress}, {@code msExchRecipientTypeDetails} and {@code
 *       msExchRecipientDisplayType};
 *   <li>removing {@code homeMDB}, {@code homeMTA} and {@code msExchHomeServerName}, only when the
 *       configuration opts in ({@code removeMailboxAttributesAllowed}).
 * </ul>
 *
 * Everything else is refused with a {@link PermissionDeniedException} naming the attribute, before anything
 * is written. Applying the same deltas twice changes nothing the second time. Thread-safe.
 */
public final class WriteBack {

    private static final Set<String> FLIP = Set.of(
            AttributeNames.TARGET_ADDRESS.toLowerCase(Locale.ROOT),
            AttributeNames.RECIPIENT_TYPE_DETAILS.toLowerCase(Locale.ROOT),
            AttributeNames.RECIPIENT_DISPLAY_TYPE.toLowerCase(Locale.ROOT));
    private static final Set<String> MAILBOX = Set.of(
            AttributeNames.HOME_MDB.toLowerCase(Locale.ROOT),
            AttributeNames.HOME_MTA.toLowerCase(Locale.ROOT),
            AttributeNames.HOME_SERVER_NAME.toLowerCase(Locale.ROOT));

    private final AdConnectionPool pool;
    private final SourceSettings settings;
    private final RecipientLocator locator;

    /** All arguments are required. */
    public WriteBack(AdConnectionPool pool, SourceSettings settings, RecipientLocator locator) {
        this.pool = Objects.requireNonNull(pool, "pool");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.locator = Objects.requireNonNull(locator, "locator");
    }

    /**
     * Applies the deltas.
     *
     * @param uid the recipient; not null
     * @param deltas the changes; not null
     * @return no side-effect changes (always empty)
     * @throws PermissionDeniedException naming the first attribute or operation the write-backs do not allow
     * @throws org.identityconnectors.framework.common.exceptions.UnknownUidException when the UID is unknown
     */
    public Set<AttributeDelta> apply(Uid uid, Set<AttributeDelta> deltas) {
        for (AttributeDelta d : deltas) {
            check(d);
        }
        List<String> read = new ArrayList<>(List.of(AttributeNames.PROXY_ADDRESSES));
        read.addAll(List.of(
                AttributeNames.TARGET_ADDRESS,
                AttributeNames.RECIPIENT_TYPE_DETAILS,
                AttributeNames.RECIPIENT_DISPLAY_TYPE,
                AttributeNames.HOME_MDB,
                AttributeNames.HOME_MTA,
                AttributeNames.HOME_SERVER_NAME));
        SearchResultEntry entry = locator.find(uid, read.toArray(String[]::new));
        List<Modification> mods = new ArrayList<>();
        for (AttributeDelta d : deltas) {
            modification(entry, d, mods);
        }
        if (!mods.isEmpty()) {
            pool.run(entry.getDN(), c -> c.modify(entry.getDN(), mods));
        }
        return Collections.emptySet();
    }

    private void check(AttributeDelta d) {
        String name = d.getName();
        String key = name.toLowerCase(Locale.ROOT);
        if (key.equals(AttributeNames.PROXY_ADDRESSES.toLowerCase(Locale.ROOT))) {
            if (d.getValuesToReplace() != null
                    || (d.getValuesToRemove() != null && !d.getValuesToRemove().isEmpty())) {
                throw denied(name, "only adding X500 proxy addresses is allowed, not replacing or removing values");
            }
            for (Object v : values(d.getValuesToAdd())) {
                ProxyAddress p = parse(name, v);
                if (!p.isX500()) {
                    throw denied(name, "only X500 proxy addresses may be added, not '" + v + "'");
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
        throw denied(name, "the source connector only writes X500 proxy addresses and the post-move attributes");
    }

    private void modification(SearchResultEntry entry, AttributeDelta d, List<Modification> mods) {
        String key = d.getName().toLowerCase(Locale.ROOT);
        if (key.equals(AttributeNames.PROXY_ADDRESSES.toLowerCase(Locale.ROOT))) {
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
            if (key.equals(AttributeNames.TARGET_ADDRESS.toLowerCase(Locale.ROOT))) {
                parse(d.getName(), value);
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

    private static List<Object> values(List<Object> values) {
        return values == null ? List.of() : values;
    }

    private static PermissionDeniedException denied(String attribute, String reason) {
        return new PermissionDeniedException(
                "attribute " + attribute + " may not be changed by the source connector: " + reason);
    }
}
