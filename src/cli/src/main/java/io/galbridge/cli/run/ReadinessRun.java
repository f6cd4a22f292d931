package io.galbridge.cli.run;

import io.galbridge.cli.config.ForestConnection;
import io.galbridge.cli.config.GalbridgeConfig;
import io.galbridge.cli.report.ReadinessInput;
import io.galbridge.cli.report.ReadinessReport;
import io.galbridge.mapping.model.DirectoryEntry;
import io.galbridge.mapping.prestage.TargetKind;
import io.galbridge.mapping.readiness.ReadinessContext;
import io.galbridge.mapping.recipient.ClassifierContext;
import io.galbridge.mapping.recipient.DnScope;
import io.galbridge.mapping.recipient.RecipientClassifier;
import java.time.Instant;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.identityconnectors.framework.api.ConnectorFacade;
import org.identityconnectors.framework.common.objects.Attribute;
import org.identityconnectors.framework.common.objects.AttributeBuilder;
import org.identityconnectors.framework.common.objects.AttributeInfo;
import org.identityconnectors.framework.common.objects.ConnectorObject;
import org.identityconnectors.framework.common.objects.ConnectorObjectBuilder;
import org.identityconnectors.framework.common.objects.ObjectClass;
import org.identityconnectors.framework.common.objects.ObjectClassInfo;
import org.identityconnectors.framework.common.objects.OperationOptions;
import org.identityconnectors.framework.common.objects.OperationOptionsBuilder;

/**
 * Reads what the move-readiness report needs through the connectors and builds it. Reads only: every
 * source forest's {@code recipient} objects whose {@code recipientKind} is a mailbox kind (K2a–K2d), and
 * the target's {@code recipient}, {@code mailUser} and {@code galContact} objects (one entry per DN). The
 * target classifier treats the configured contact OU as the GAL-sync OU, so galbridge's own contacts are
 * replicas to convert, not conflicts. The source connector returns {@code objectClass} (decision record 0003);
 * the target connector does not, so a target object's class is derived from its ConnId class and computed
 * kind, and for {@link TargetKind#OTHER} (security groups, plain contacts, computers) from its attributes, so
 * that it is indexed as what it is and its addresses count as conflicts.
 *
 * <p>Per mailbox, the context carries its source forest's {@code deliveryDomain} (MailboxDeliveryDomain, by
 * default the first of its mailDomains), the target's {@code deliveryDomain} (TargetDeliveryDomain; only when
 * configured: without it the move's routing address may still come from the moved mailbox's own proxies, which
 * the flip uses, so its absence from the source is not reported) and whether the source credentials may write its
 * proxyAddresses ({@code proxyAddressesWritable}, which the source connector reads from AD's
 * allowedAttributesEffective; GB-E17 when false). A server that cannot tell (not AD) is taken as writable:
 * the X500 back-flow then reports a refusal when it writes. Confined to one thread.
 */
public final class ReadinessRun {

    /** The source connector's computed recipient kind, {@code <code> <name>}, e.g. {@code K2a USER_MAILBOX}. */
    static final String RECIPIENT_KIND = "recipientKind";

    /** The source connector's computed write right, returned only when asked for by name. */
    static final String PROXY_ADDRESSES_WRITABLE = "proxyAddressesWritable";

    private static final String OBJECT_CLASS = "objectClass";
    private static final String MAILBOX_KIND_PREFIX = "K2";

    private static final List<String> USER_CLASSES = List.of("top", "person", "organizationalPerson", "user");
    private static final List<String> CONTACT_CLASSES = List.of("top", "person", "organizationalPerson", "contact");
    private static final List<String> GROUP_CLASSES = List.of("top", "group");
    private static final List<String> COMPUTER_CLASSES =
            List.of("top", "person", "organizationalPerson", "user", "computer");

    private final Facades facades;

    /** @param facades the connectors; never null */
    public ReadinessRun(Facades facades) {
        this.facades = Objects.requireNonNull(facades, "facades");
    }

    /**
     * The report and the objects left out of it.
     *
     * @param report one line per source mailbox that could be read; never null
     * @param unreadable one message per object that could not be turned into a directory entry, naming the
     *     object and the reason; never null, empty when every object was read
     */
    public record Outcome(ReadinessReport report, List<String> unreadable) {

        /** Checks the parts; copies the list. */
        public Outcome {
            Objects.requireNonNull(report, "report");
            unreadable = List.copyOf(unreadable);
        }
    }

    /**
     * Reads both sides and builds the report.
     *
     * @param generated the report's time stamp; never null
     * @return the report and the unreadable objects; never null
     */
    public Outcome run(Instant generated) {
        GalbridgeConfig config = facades.config();
        List<String> unreadable = new ArrayList<>();
        List<DirectoryEntry> mailboxes = new ArrayList<>();
        Map<DirectoryEntry, MailboxFacts> facts = new IdentityHashMap<>();
        for (ForestConnection forest : config.sources()) {
            ConnectorFacade source = facades.source(forest, Map.of());
            for (ConnectorObject o : search(source, ObjectClassNames.SOURCE_RECIPIENT, withWriteRights(source))) {
                if (isMailbox(o)) {
                    entry(forest.forest(), o, unreadable).ifPresent(e -> {
                        mailboxes.add(e);
                        facts.put(e, new MailboxFacts(forest.deliveryDomain(), writable(o)));
                    });
                }
            }
        }
        ConnectorFacade target = facades.target(Map.of());
        Map<String, DirectoryEntry> targetEntries = new LinkedHashMap<>();
        for (ObjectClass c :
                List.of(ObjectClassNames.TARGET_RECIPIENT, ObjectClassNames.MAIL_USER, ObjectClassNames.GAL_CONTACT)) {
            for (ConnectorObject o : search(target, c, null)) {
                String key = o.getName().getNameValue().toLowerCase(Locale.ROOT);
                if (!targetEntries.containsKey(key)) {
                    entry(config.target().forest(), withClasses(o, targetClasses(c, o)), unreadable)
                            .ifPresent(e -> targetEntries.put(key, e));
                }
            }
        }
        ReadinessInput input = new Input(mailboxes, List.copyOf(targetEntries.values()));
        ForestConnection t = config.target();
        RecipientClassifier sourceClassifier = new RecipientClassifier(ClassifierContext.none());
        RecipientClassifier targetClassifier =
                new RecipientClassifier(new ClassifierContext(List.of(new DnScope(t.contactOu())), Set.of(), Set.of()));
        ReadinessReport report = ReadinessReport.build(
                title(config),
                generated,
                input,
                sourceClassifier,
                targetClassifier,
                (index, mailbox) -> new ReadinessContext(
                        Optional.ofNullable(facts.get(mailbox).deliveryDomain()),
                        Optional.ofNullable(t.deliveryDomain()),
                        Set.copyOf(t.mailDomains()),
                        facts.get(mailbox).proxyAddressesWritable(),
                        index,
                        Optional.empty()));
        return new Outcome(report, unreadable);
    }

    /** The report's heading, e.g. {@code src.test, src2.test → tgt.test}. */
    static String title(GalbridgeConfig config) {
        return config.sources().stream().map(ForestConnection::forest).collect(Collectors.joining(", ")) + " → "
                + config.target().forest();
    }

    private static List<ConnectorObject> search(
            ConnectorFacade facade, ObjectClass objectClass, OperationOptions options) {
        SearchCollector collector = new SearchCollector();
        facade.search(objectClass, null, collector, options);
        return collector.objects();
    }

    /**
     * The source connector's default attributes plus {@value #PROXY_ADDRESSES_WRITABLE}, which it returns
     * only when asked for by name.
     */
    private static OperationOptions withWriteRights(ConnectorFacade source) {
        ObjectClassInfo info =
                source.schema().findObjectClassInfo(ObjectClassNames.SOURCE_RECIPIENT.getObjectClassValue());
        List<String> names = new ArrayList<>();
        boolean offered = false;
        for (AttributeInfo a : info.getAttributeInfo()) {
            if (a.getName().equalsIgnoreCase(PROXY_ADDRESSES_WRITABLE)) {
                offered = true;
            } else if (a.isReturnedByDefault()) {
                names.add(a.getName());
            }
        }
        if (!offered) {
            return null;
        }
        names.add(PROXY_ADDRESSES_WRITABLE);
        return new OperationOptionsBuilder().setAttributesToGet(names).build();
    }

    /** False only when the source connector says so; a server that cannot tell counts as writable. */
    private static boolean writable(ConnectorObject recipient) {
        Attribute a = recipient.getAttributeByName(PROXY_ADDRESSES_WRITABLE);
        return a == null
                || a.getValue() == null
                || a.getValue().isEmpty()
                || !Boolean.FALSE.equals(a.getValue().get(0));
    }

    /** What the report knows about one source mailbox besides its attributes. */
    /** @param deliveryDomain the source's configured delivery domain; null picks the primary SMTP, as PMR does */
    private record MailboxFacts(String deliveryDomain, boolean proxyAddressesWritable) {}

    private static boolean isMailbox(ConnectorObject recipient) {
        Attribute kind = recipient.getAttributeByName(RECIPIENT_KIND);
        return kind != null
                && kind.getValue() != null
                && kind.getValue().stream().anyMatch(v -> String.valueOf(v).startsWith(MAILBOX_KIND_PREFIX));
    }

    /**
     * The LDAP object classes of a target object. The target connector does not return {@code objectClass}
     * (the ConnId class stands for it; the source connector publishes it, decision 0003), but the classifiers
     * need it: a {@code galContact} is a contact, a {@code
     * mailUser} a user, a target {@code recipient} follows its computed {@code recipientKind} (a {@link
     * TargetKind} name); {@link TargetKind#OTHER} (security and non-universal groups, plain contacts,
     * computers) follows its attributes: groupType makes a group, sAMAccountName a user (a computer when it
     * ends with {@code $}), anything else a contact. None is known only without a kind.
     */
    static List<String> targetClasses(ObjectClass objectClass, ConnectorObject o) {
        if (objectClass.equals(ObjectClassNames.GAL_CONTACT)) {
            return CONTACT_CLASSES;
        }
        if (objectClass.equals(ObjectClassNames.MAIL_USER)) {
            return USER_CLASSES;
        }
        Attribute kind = o.getAttributeByName(RECIPIENT_KIND);
        if (kind == null || kind.getValue() == null || kind.getValue().isEmpty()) {
            return List.of();
        }
        TargetKind k;
        try {
            k = TargetKind.valueOf(String.valueOf(kind.getValue().get(0)));
        } catch (IllegalArgumentException e) {
            return List.of();
        }
        return switch (k) {
            case MAIL_CONTACT -> CONTACT_CLASSES;
            case MAIL_USER, MAILBOX, PLAIN_USER, ADMT_USER -> USER_CLASSES;
            case MAIL_DISTRIBUTION_GROUP -> GROUP_CLASSES;
            case OTHER -> otherClasses(o);
        };
    }

    private static List<String> otherClasses(ConnectorObject o) {
        if (o.getAttributeByName("groupType") != null) {
            return GROUP_CLASSES;
        }
        Attribute sam = o.getAttributeByName("sAMAccountName");
        if (sam != null && sam.getValue() != null && !sam.getValue().isEmpty()) {
            return String.valueOf(sam.getValue().get(0)).endsWith("$") ? COMPUTER_CLASSES : USER_CLASSES;
        }
        return CONTACT_CLASSES;
    }

    /** The object with {@code objectClass} added, unless it carries one or none is known. */
    private static ConnectorObject withClasses(ConnectorObject o, List<String> classes) {
        if (classes.isEmpty() || o.getAttributeByName(OBJECT_CLASS) != null) {
            return o;
        }
        return new ConnectorObjectBuilder()
                .add(o)
                .addAttribute(AttributeBuilder.build(OBJECT_CLASS, List.<Object>copyOf(classes)))
                .build();
    }

    private static Optional<DirectoryEntry> entry(String forest, ConnectorObject o, List<String> unreadable) {
        try {
            return Optional.of(Entries.of(o));
        } catch (IllegalArgumentException e) {
            unreadable.add(forest + ": " + o.getName().getNameValue() + ": cannot be read: " + e.getMessage());
            return Optional.empty();
        }
    }

    /** The lists read, complete. */
    private record Input(List<DirectoryEntry> sourceMailboxes, List<DirectoryEntry> targetRecipients)
            implements ReadinessInput {}
}
