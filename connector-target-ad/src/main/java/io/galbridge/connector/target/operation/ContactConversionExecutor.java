package io.galbridge.connector.target.operation;

import io.galbridge.connector.target.directory.BackLinks;
import io.galbridge.connector.target.directory.TargetDirectory;
import io.galbridge.mapping.model.DirectoryEntry;
import io.galbridge.mapping.plan.EntryChange;
import io.galbridge.mapping.prestage.ContactConversion;
import io.galbridge.mapping.prestage.ConversionState;
import io.galbridge.mapping.prestage.ConversionStep;
import java.util.List;
import java.util.Optional;
import org.identityconnectors.framework.common.exceptions.ConnectorException;

/**
 * Runs a {@link ContactConversion} (spec 2.9, E13) against the target forest: observe the contact and the MEU
 * from the directory (back-links completed from forward links), apply the next step's changes, re-observe,
 * until complete. Every step is recognised from the directory, so after a crash the next call picks up where
 * the last one stopped. The source write-back step is not written (the target connector cannot reach the
 * source forest): it is applied to the in-memory source and reported through the MEU's {@code writeBackX500}
 * attribute for the host to write. Thread-safe when its listener is.
 */
public final class ContactConversionExecutor {

    /** Bound on loop iterations: five steps, each at most a few rounds. */
    private static final int MAX_ROUNDS = 20;

    private final TargetDirectory directory;
    private final BackLinks backLinks;
    private final StepListener listener;

    public ContactConversionExecutor(TargetDirectory directory, StepListener listener) {
        this.directory = directory;
        this.backLinks = new BackLinks(directory);
        this.listener = listener;
    }

    /**
     * Drives the conversion to completion.
     *
     * @param conversion the plan
     * @param source the source mailbox as the host passed it
     * @return the MEU as finally observed
     */
    public DirectoryEntry run(ContactConversion conversion, DirectoryEntry source) {
        DirectoryEntry src = source;
        for (int round = 0; round < MAX_ROUNDS; round++) {
            ConversionState state = observe(conversion, src);
            Optional<ConversionStep> step = conversion.nextStep(state);
            if (step.isEmpty()) {
                return state.mailUser().orElseThrow();
            }
            List<EntryChange> changes;
            try {
                changes = conversion.nextChanges(state);
            } catch (IllegalStateException e) {
                throw new ConnectorException(
                        "Converting contact " + conversion.contactDn() + " into " + conversion.mailUserDn()
                                + " stopped at " + step.get() + ": " + e.getMessage(),
                        e);
            }
            if (step.get() == ConversionStep.WRITE_BACK) {
                src = reported(src, changes);
            } else {
                changes.forEach(directory::apply);
            }
            listener.afterStep(step.get());
        }
        throw new ConnectorException("Converting contact " + conversion.contactDn() + " into " + conversion.mailUserDn()
                + " did not converge in " + MAX_ROUNDS + " rounds");
    }

    private ConversionState observe(ContactConversion c, DirectoryEntry source) {
        Optional<DirectoryEntry> contact = directory.read(c.contactDn()).map(backLinks::complete);
        Optional<DirectoryEntry> meu = directory.read(c.mailUserDn()).map(backLinks::complete);
        return new ConversionState(contact, meu, source);
    }

    /** The source with the write-back applied in memory. */
    private static DirectoryEntry reported(DirectoryEntry source, List<EntryChange> changes) {
        DirectoryEntry.Builder b = DirectoryEntry.builder(source.dn());
        source.objectGuid().ifPresent(b::objectGuid);
        for (String name : source.attributeNames()) {
            if (io.galbridge.connector.target.directory.EntryConversion.isBinary(name)) {
                source.bytesValues(name).forEach(v -> b.addBytes(name, v));
            } else {
                b.addAll(name, source.strings(name));
            }
        }
        for (EntryChange change : changes) {
            change.modifications().forEach(m -> b.addAll(m.attribute(), m.stringValues()));
        }
        return b.build();
    }
}
