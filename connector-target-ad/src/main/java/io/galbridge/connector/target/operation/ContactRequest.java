package io.galbridge.connector.target.operation;

import io.galbridge.mapping.config.ForestProfile;
import io.galbridge.mapping.galsync.GalSyncDecision;
import io.galbridge.mapping.galsync.GalSyncRules;
import io.galbridge.mapping.galsync.SourceRecipient;
import io.galbridge.mapping.galsync.TargetState;
import io.galbridge.mapping.model.DirectoryEntry;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.identityconnectors.framework.common.exceptions.AlreadyExistsException;
import org.identityconnectors.framework.common.exceptions.InvalidAttributeValueException;
import org.identityconnectors.framework.common.objects.Attribute;

/**
 * One create of a GAL contact: the source recipient as the host gave it, the GAL-sync rules for its source forest
 * (legacyExchangeDNs of new contacts carry a random GUID, as GALSync's do) and the ownership mark the replica
 * carries. Immutable; {@link #decide} is a pure function of the target state given.
 *
 * @param source the source recipient; never null
 * @param rules the GAL-sync rules for the source's forest and the target; never null
 * @param mark the ownership mark of the source's replica; never null
 */
record ContactRequest(DirectoryEntry source, GalSyncRules rules, String mark) {

    /** The source objectClass values when the host gives none. */
    private static final List<String> DEFAULT_CLASSES = List.of("top", "person", "organizationalPerson", "user");

    ContactRequest {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(mark, "mark");
    }

    /**
     * Reads the host's attributes.
     *
     * @throws InvalidAttributeValueException if they are not a source recipient of an accepted source forest
     */
    static ContactRequest of(ContactRules rules, Set<Attribute> attributes) {
        DirectoryEntry source = SourceInput.read(TargetAttributes.GAL_CONTACT, attributes, DEFAULT_CLASSES);
        ForestProfile sourceForest = GalContactCreation.sourceForest(rules.settings(), source);
        String mark = rules.settings()
                .ownership()
                .value(sourceForest.forestName(), source.objectGuid().orElseThrow());
        return new ContactRequest(source, rules.forForest(sourceForest), mark);
    }

    /** The OU where the replica lives or is created. */
    String contactOu() {
        return rules.contactOu();
    }

    /**
     * Decides what to write for {@code state}.
     *
     * @return a decision to carry out: CREATE, UPDATE, UNCHANGED or ADOPT, with its replica DN
     * @throws AlreadyExistsException if the source joins several contacts or is represented by a user
     * @throws InvalidAttributeValueException if the source is out of GAL-sync scope or the rules refuse it
     */
    GalSyncDecision decide(TargetState state) {
        GalSyncDecision decision = rules.decide(SourceRecipient.of(source), state);
        return switch (decision.action()) {
            case CREATE, UPDATE, UNCHANGED, ADOPT -> decision;
            case CONFLICT, REPRESENTED_BY_USER -> throw new AlreadyExistsException(String.join("; ", decision.notes()));
            case OUT_OF_SCOPE ->
                throw new InvalidAttributeValueException("Source " + source.dn() + " is out of GAL-sync scope: "
                        + decision.scopeReasonValue().map(Enum::name).orElse("?"));
            default ->
                throw new InvalidAttributeValueException("No GAL contact for " + source.dn() + " (" + decision.action()
                        + "): " + String.join("; ", decision.notes()));
        };
    }
}
