package io.galbridge.connector.source.update;

import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;
import com.unboundid.ldap.sdk.ModifyRequest;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.ldap.sdk.controls.AssertionRequestControl;
import com.unboundid.ldap.sdk.controls.PermissiveModifyRequestControl;
import io.galbridge.ad.connection.AdConnectionPool;
import io.galbridge.ad.value.GuidCodec;
import io.galbridge.ad.value.GuidDn;
import io.galbridge.connector.source.SourceSettings;
import io.galbridge.mapping.model.AttributeNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.identityconnectors.framework.common.objects.Uid;

/**
 * The GAL sync's X500 back-flow in one round trip: adds X500 proxy addresses to the object with a UID by a
 * single modify request, without the locate search and without reading the values the object has.
 *
 * <ul>
 *   <li>On Active Directory and Samba ({@link DirectoryFeatures#activeDirectory()}) the request names the object
 *       by its {@link GuidDn}, which the server resolves; {@code noSuchObject} then means no object has the GUID
 *       and becomes an {@code UnknownUidException} naming the UID. When the UID carries a name hint outside the
 *       configured scope, the locate search decides instead (it refuses objects outside the scope).
 *   <li>Elsewhere, when the UID carries a name hint ({@link Uid#getNameHint()}: the DN as the caller last read
 *       it) inside the configured scope and the server announces the assertion control, the request names that
 *       DN and asserts {@code (objectGUID=<the UID's 16 bytes>)}. If the object was renamed or moved
 *       ({@code noSuchObject}, 32) or another object now has the DN ({@code assertionFailed}, 122), nothing is
 *       written and the caller takes the locate path.
 *   <li>Otherwise (no name hint, or no assertion control) the caller takes the locate path.
 * </ul>
 *
 * A value the attribute already has is ignored by the server where it announces the permissive modify control;
 * elsewhere the add fails with {@code attributeOrValueExists} (20), nothing is written, and the caller takes the
 * locate path, which reads the values and adds only the missing ones. The server's equality rule for
 * proxyAddresses decides what "already has" means: case-insensitive on Windows AD, OpenLDAP and the embedded
 * server, case-sensitive on Samba 4.17. Thread-safe.
 */
final class X500Append {

    private static final Set<ResultCode> BY_GUID_FALLBACK = Set.of(ResultCode.ATTRIBUTE_OR_VALUE_EXISTS);
    private static final Set<ResultCode> BY_HINT_FALLBACK =
            Set.of(ResultCode.ASSERTION_FAILED, ResultCode.NO_SUCH_OBJECT, ResultCode.ATTRIBUTE_OR_VALUE_EXISTS);

    private final AdConnectionPool pool;
    private final SourceSettings settings;
    private final DirectoryFeatures features;

    /** All arguments are required. */
    X500Append(AdConnectionPool pool, SourceSettings settings, DirectoryFeatures features) {
        this.pool = Objects.requireNonNull(pool, "pool");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.features = Objects.requireNonNull(features, "features");
    }

    /**
     * Adds the values in one modify request, when the server and the UID allow it.
     *
     * @param uid the object; not null
     * @param x500 validated {@code X500:} values, none equal to another ignoring case; not empty
     * @return true when the object now has every value; false when nothing was written and the caller must take
     *     the locate path
     * @throws org.identityconnectors.framework.common.exceptions.UnknownUidException naming the UID when an AD
     *     server has no object with the GUID
     * @throws org.identityconnectors.framework.common.exceptions.ConnectorException any other failure, translated
     *     and naming the object
     */
    boolean tryAdd(Uid uid, List<String> x500) {
        Optional<DN> hint = nameHint(uid);
        boolean hintInScope = hint.filter(settings::inScope).isPresent();
        if (features.activeDirectory() && (hint.isEmpty() || hintInScope)) {
            GuidDn target = GuidDn.ofUid(uid.getUidValue());
            return modify(
                    "UID " + uid.getUidValue() + " (" + target
                            + hint.map(dn -> ", last read as " + dn).orElse("") + ")",
                    new ModifyRequest(target.dn(), add(x500)),
                    BY_GUID_FALLBACK);
        }
        if (hintInScope && features.assertion()) {
            ModifyRequest request = new ModifyRequest(hint.get(), add(x500));
            request.addControl(new AssertionRequestControl(GuidCodec.INSTANCE.uidFilter(uid.getUidValue()), true));
            return modify(hint.get() + " (UID " + uid.getUidValue() + ")", request, BY_HINT_FALLBACK);
        }
        return false;
    }

    private boolean modify(String what, ModifyRequest request, Set<ResultCode> fallBackOn) {
        if (features.permissiveModify()) {
            request.addControl(new PermissiveModifyRequestControl(true));
        }
        return pool.run(what, c -> {
            try {
                c.modify(request);
                return true;
            } catch (LDAPException e) {
                if (fallBackOn.contains(e.getResultCode())) {
                    return false;
                }
                throw e;
            }
        });
    }

    private static Modification[] add(List<String> x500) {
        return new Modification[] {
            new Modification(ModificationType.ADD, AttributeNames.PROXY_ADDRESSES, x500.toArray(String[]::new))
        };
    }

    /** The name hint as a DN; empty when absent or not a valid DN (the locate path then decides). */
    private static Optional<DN> nameHint(Uid uid) {
        // Uid.getNameHintValue() throws when there is no hint (ConnId 1.5.2.0)
        String text = uid.getNameHint() == null ? null : uid.getNameHint().getNameValue();
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new DN(text));
        } catch (LDAPException e) {
            return Optional.empty();
        }
    }

    /** The values without later duplicates that differ only in case, in the given order. */
    static List<String> distinctIgnoringCase(List<String> values) {
        List<String> distinct = new ArrayList<>();
        for (String v : values) {
            if (distinct.stream().noneMatch(v::equalsIgnoreCase)) {
                distinct.add(v);
            }
        }
        return distinct;
    }
}
