package io.galbridge.connector.target.operation;

import com.unboundid.ldap.sdk.Filter;
import io.galbridge.ad.value.SidCodec;
import io.galbridge.connector.target.TargetSettings;
import io.galbridge.connector.target.directory.TargetDirectory;
import io.galbridge.mapping.config.ForestProfile;
import io.galbridge.mapping.model.DirectoryEntry;
import io.galbridge.mapping.model.ProxyAddress;
import io.galbridge.mapping.model.SecurityIdentifier;
import io.galbridge.mapping.plan.EntryChange;
import io.galbridge.mapping.prestage.MailUserPlan;
import io.galbridge.mapping.prestage.MailUserPlanner;
import io.galbridge.mapping.prestage.NameAvailability;
import io.galbridge.mapping.prestage.OwnershipStamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.identityconnectors.framework.common.exceptions.AlreadyExistsException;
import org.identityconnectors.framework.common.exceptions.ConnectorException;
import org.identityconnectors.framework.common.exceptions.InvalidAttributeValueException;
import org.identityconnectors.framework.common.objects.Attribute;
import org.identityconnectors.framework.common.objects.Uid;

/**
 * Pre-stages the mail user of one source mailbox (spec 2.5–2.10, 2.16, E13): finds the target objects that
 * match forest-wide (master SID as bytes, smtp/x500 proxies in both prefix cases, the X500 of the source's
 * legacyExchangeDN, legacyExchangeDN equal to a source X500), lets {@link MailUserPlanner} decide with the
 * configured switches, and carries the plan out: create an MEU, merge into an MEU, clean an ADMT user,
 * convert a contact (via {@link ContactConversionExecutor}), or refuse with an {@link AlreadyExistsException}
 * naming the conflicting objects and the switch that would allow it. Source DN links are not translated here
 * (the referenced source objects are not visible to this connector). Thread-safe.
 */
public final class MailUserCreation {

    private static final List<String> RECIPIENT_CLASSES =
            List.of("user", "contact", "group", "msExchDynamicDistributionList");

    private final TargetDirectory directory;
    private final TargetSettings settings;
    private final NameAvailability names;
    private final ContactConversionExecutor conversions;

    public MailUserCreation(TargetDirectory directory, NameAvailability names, StepListener listener) {
        this.directory = directory;
        this.settings = directory.settings();
        this.names = names;
        this.conversions = new ContactConversionExecutor(directory, listener);
    }

    /** Carries out pre-staging; returns the UID of the resulting MEU. */
    public Uid create(Set<Attribute> attributes) {
        DirectoryEntry source = SourceInput.read(
                TargetAttributes.MAIL_USER, attributes, List.of("top", "person", "organizationalPerson", "user"));
        ForestProfile forest = GalContactCreation.sourceForest(settings, source);
        MailUserPlanner planner = new MailUserPlanner(
                settings.prestageProfile(),
                settings.prestage(),
                names,
                new OwnershipStamp(settings.ownership(), forest.forestName()),
                UUID::randomUUID);
        MailUserPlan plan = planner.plan(List.of(source), candidates(source));
        String dn;
        if (plan instanceof MailUserPlan.CreateMailUser p) {
            directory.apply(p.create());
            dn = p.create().dn();
        } else if (plan instanceof MailUserPlan.MergeIntoMailUser p) {
            apply(p.change());
            dn = p.mailUserDn();
        } else if (plan instanceof MailUserPlan.CleanAdmtUser p) {
            apply(p.change());
            dn = p.userDn();
        } else if (plan instanceof MailUserPlan.ConvertContact p) {
            dn = conversions.run(p.conversion(), source).dn();
        } else {
            throw refusal((MailUserPlan.Refusal) plan);
        }
        return ConnectorObjects.uid(directory
                .read(dn)
                .orElseThrow(() -> new ConnectorException("Mail user " + dn + " vanished after writing it")));
    }

    private void apply(EntryChange change) {
        if (!change.isEmpty()) {
            directory.apply(change);
        }
    }

    private static RuntimeException refusal(MailUserPlan.Refusal r) {
        String allow = r.allowingSwitch()
                .map(s -> " Setting " + s.optionName() + " would allow it.")
                .orElse("");
        String message = r.reason() + ": " + r.message() + " Conflicting objects: " + r.conflictingDns() + "." + allow;
        return switch (r.reason()) {
            case MULTIPLE_TARGET_MATCHES,
                    TARGET_IS_MAILBOX_OR_GROUP,
                    USE_LOCAL_OBJECT_REQUIRED,
                    UNSUPPORTED_TARGET_TYPE,
                    NAME_NOT_AVAILABLE -> new AlreadyExistsException(message);
            default -> new InvalidAttributeValueException(message);
        };
    }

    /** Forest-wide candidates, re-read in full from the domain. */
    List<DirectoryEntry> candidates(DirectoryEntry source) {
        List<Filter> keys = new ArrayList<>();
        for (String sidAttribute : List.of("msExchMasterAccountSid")) {
            source.bytes(sidAttribute).ifPresent(bytes -> {
                SecurityIdentifier sid = SidCodec.INSTANCE.decode(bytes);
                if (!sid.isSelf()) {
                    byte[] raw = SidCodec.INSTANCE.encode(sid);
                    keys.add(Filter.createEqualityFilter("objectSid", raw));
                    keys.add(Filter.createEqualityFilter("msExchMasterAccountSid", raw));
                }
            });
        }
        for (String v : source.strings("proxyAddresses")) {
            try {
                ProxyAddress p = ProxyAddress.parse(v);
                if (p.isSmtp() || p.isX500()) {
                    String type = p.isSmtp() ? "smtp" : "x500";
                    keys.add(Filter.createEqualityFilter("proxyAddresses", type + ":" + p.address()));
                    keys.add(Filter.createEqualityFilter(
                            "proxyAddresses", type.toUpperCase(java.util.Locale.ROOT) + ":" + p.address()));
                    if (p.isX500()) {
                        keys.add(Filter.createEqualityFilter("legacyExchangeDN", p.address()));
                    }
                }
            } catch (IllegalArgumentException e) {
                throw new InvalidAttributeValueException(
                        "Source " + source.dn() + " has a malformed proxy address '" + v + "': " + e.getMessage(), e);
            }
        }
        source.string("legacyExchangeDN").ifPresent(l -> {
            keys.add(Filter.createEqualityFilter("proxyAddresses", "x500:" + l));
            keys.add(Filter.createEqualityFilter("proxyAddresses", "X500:" + l));
        });
        if (keys.isEmpty()) {
            return List.of();
        }
        Filter classes = Filter.createORFilter(RECIPIENT_CLASSES.stream()
                .map(c -> Filter.createEqualityFilter("objectClass", c))
                .toList());
        Filter filter = Filter.createANDFilter(
                classes,
                Filter.createNOTFilter(Filter.createEqualityFilter("objectClass", "computer")),
                Filter.createORFilter(keys));
        List<DirectoryEntry> out = new ArrayList<>();
        for (DirectoryEntry hit : directory.searchForest(filter, "1.1")) {
            directory.read(hit.dn()).ifPresent(out::add);
        }
        return out;
    }
}
