package io.galbridge.cli.run;

import io.galbridge.cli.output.Action;
import io.galbridge.cli.output.PlannedAction;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.identityconnectors.framework.api.ConnectorFacade;
import org.identityconnectors.framework.common.exceptions.ConnectionFailedException;
import org.identityconnectors.framework.common.exceptions.ConnectorException;
import org.identityconnectors.framework.common.objects.Attribute;
import org.identityconnectors.framework.common.objects.AttributeDeltaBuilder;
import org.identityconnectors.framework.common.objects.ConnectorObject;
import org.identityconnectors.framework.common.objects.Uid;

/**
 * Writes X500 proxy addresses back to a source recipient through the source facade's UpdateDeltaOp (which
 * only adds X500 values): those the source lacks, compared case-insensitively, so that a rerun writes
 * nothing. The source UID carries the recipient's DN as name hint ({@link Uid#getNameHint()}), by which the
 * source connector writes without locating the object first. Each write is recorded as a {@link
 * Action#WRITE_BACK} of the source recipient (counted apart from the target's replica updates). Thread-safe when
 * the recorder is (the facade is).
 */
public final class X500BackFlow {

    private final ConnectorFacade source;
    private final RunRecorder recorder;
    private final String forest;

    /**
     * @param source the source facade; never null
     * @param recorder records the write-back; never null
     * @param forest the source forest's name; never null
     */
    public X500BackFlow(ConnectorFacade source, RunRecorder recorder, String forest) {
        this.source = source;
        this.recorder = recorder;
        this.forest = forest;
    }

    /** Adds the X500 of the replica's legacyExchangeDN to the source recipient, if missing. */
    public void write(ConnectorObject recipient, ConnectorObject replica) {
        Attribute legacy = replica.getAttributeByName("legacyExchangeDN");
        if (legacy == null || legacy.getValue() == null || legacy.getValue().isEmpty()) {
            return;
        }
        add(
                recipient,
                List.of("X500:" + legacy.getValue().get(0)),
                "X500 of replica " + replica.getName().getNameValue());
    }

    /**
     * Adds the given X500 proxy addresses the source recipient lacks.
     *
     * @param recipient the source recipient as last read; never null
     * @param x500 {@code X500:/o=...} values; never null
     * @param why for the plan line
     */
    public void add(ConnectorObject recipient, List<String> x500, String why) {
        Attribute proxies = recipient.getAttributeByName("proxyAddresses");
        List<Object> present = proxies == null || proxies.getValue() == null ? List.of() : proxies.getValue();
        List<String> missing = new ArrayList<>();
        for (String v : x500) {
            if (present.stream().noneMatch(p -> String.valueOf(p).equalsIgnoreCase(v))
                    && missing.stream().noneMatch(m -> m.equalsIgnoreCase(v))) {
                missing.add(v);
            }
        }
        if (missing.isEmpty()) {
            return;
        }
        String dn = recipient.getName().getNameValue();
        if (!recorder.dryRun()) {
            try {
                source.updateDelta(
                        ObjectClassNames.SOURCE_RECIPIENT,
                        new Uid(recipient.getUid().getUidValue(), recipient.getName()),
                        Set.of(AttributeDeltaBuilder.build("proxyAddresses", new ArrayList<Object>(missing), null)),
                        FacadeOptions.NONE);
            } catch (ConnectionFailedException e) {
                throw e;
            } catch (ConnectorException e) {
                recorder.record(new PlannedAction(
                        Action.ERROR, forest, dn, List.of(), "X500 back-flow failed: " + e.getMessage()));
                return;
            }
        }
        recorder.record(new PlannedAction(
                Action.WRITE_BACK,
                forest,
                dn,
                List.of(new PlannedAction.AttributeChange("proxyAddresses", List.of(), missing)),
                why));
    }
}
