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
import org.identityconnectors.framework.common.objects.ConnectorObject;
import org.identityconnectors.framework.common.objects.ConnectorObjectBuilder;
import org.identityconnectors.framework.common.objects.ObjectClass;

/**
 * Reads what the move-readiness report needs through the connectors and builds it. Reads only: every
 * source forest's {@code recipient} objects whose {@code recipientKind} is a mailbox kind (K2a–K2d), and
 * the target's {@code recipient}, {@code mailUser} and {@code galContact} objects (one entry per DN). The
 * target classifier treats the configured contact OU as the GAL-sync OU, so galbridge's own contacts are
 * replicas to convert, not conflicts. Neither connector returns {@code objectClass}; it is derived from
 * the connectors' computed kinds (a source mailbox, K2, is always a {@code user}). The report assumes the source credentials may write proxyAddresses
 * (the X500 back-flow checks that when it writes). Confined to one thread.
 */
public final class ReadinessRun {

    /** The source connector's computed recipient kind, {@code <code> <name>}, e.g. {@code K2a USER_MAILBOX}. */
    static final String RECIPIENT_KIND = "recipientKind";

    private static final String OBJECT_CLASS = "objectClass";
    private static final String MAILBOX_KIND_PREFIX = "K2";

    private static final List<String> USER_CLASSES = List.of("top", "person", "organizationalPerson", "user");
    private static final List<String> CONTACT_CLASSES = List.of("top", "person", "organizationalPerson", "contact");
    private static final List<String> GROUP_CLASSES = List.of("top", "group");

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
        for (ForestConnection forest : config.sources()) {
            ConnectorFacade source = facades.source(forest, Map.of());
            for (ConnectorObject o : search(source, ObjectClassNames.SOURCE_RECIPIENT)) {
                if (isMailbox(o)) {
                    entry(forest.forest(), withClasses(o, USER_CLASSES), unreadable)
                            .ifPresent(mailboxes::add);
                }
            }
        }
        ConnectorFacade target = facades.target(Map.of());
        Map<String, DirectoryEntry> targetEntries = new LinkedHashMap<>();
        for (ObjectClass c :
                List.of(ObjectClassNames.TARGET_RECIPIENT, ObjectClassNames.MAIL_USER, ObjectClassNames.GAL_CONTACT)) {
            for (ConnectorObject o : search(target, c)) {
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
                index -> new ReadinessContext(
                        Optional.empty(),
                        Optional.empty(),
                        Set.copyOf(t.mailDomains()),
                        true,
                        index,
                        Optional.empty()));
        return new Outcome(report, unreadable);
    }

    /** The report's heading, e.g. {@code src.test, src2.test → tgt.test}. */
    static String title(GalbridgeConfig config) {
        return config.sources().stream().map(ForestConnection::forest).collect(Collectors.joining(", ")) + " → "
                + config.target().forest();
    }

    private static List<ConnectorObject> search(ConnectorFacade facade, ObjectClass objectClass) {
        SearchCollector collector = new SearchCollector();
        facade.search(objectClass, null, collector, null);
        return collector.objects();
    }

    private static boolean isMailbox(ConnectorObject recipient) {
        Attribute kind = recipient.getAttributeByName(RECIPIENT_KIND);
        return kind != null
                && kind.getValue() != null
                && kind.getValue().stream().anyMatch(v -> String.valueOf(v).startsWith(MAILBOX_KIND_PREFIX));
    }

    /**
     * The LDAP object classes of a target object. Neither connector returns {@code objectClass} (the ConnId
     * class stands for it), but the classifiers need it: a {@code galContact} is a contact, a {@code
     * mailUser} a user, a target {@code recipient} follows its computed {@code recipientKind} (a {@link
     * TargetKind} name). {@link TargetKind#OTHER} gives none: such an object is left out of the index.
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
            case OTHER -> List.of();
        };
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
