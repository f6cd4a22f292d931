package io.galbridge.connector.target;

import org.identityconnectors.framework.common.objects.OperationOptionInfo;
import org.identityconnectors.framework.common.objects.OperationOptions;

/**
 * The connector's own ConnId operation options. A host that does not know them (midPoint, Syncope) never needs
 * them: without them every operation makes all of its checks. Stateless.
 */
public final class TargetOperationOptions {

    /**
     * Create option (Boolean) for the {@code galContact} object class: the caller asserts that a read of the target
     * made during this run found no object that the connector's join would find — no object carrying this source's
     * ownership mark and none with an X500 proxy address equal to the source's legacyExchangeDN. The connector
     * then skips its join search and adds the contact directly. If the add collides ({@code 68 entryAlreadyExists}
     * on the computed DN), the connector drops the assertion and makes its full checks (join search, names taken in
     * the contact OU) before it decides again, so a wrong assertion can never duplicate or lose the object at the
     * colliding DN: an owned replica there is updated and its UID returned, a GALSync contact there is adopted.
     * A replica of the same source at another DN (renamed by hand) is not found by an add; asserting absence then
     * creates a second contact, which is the caller's responsibility (decision 0006). Absent or {@code false}: the
     * join search runs first, as for every host that does not know this option.
     */
    public static final String REPLICA_ABSENT = "galbridge.replicaAbsent";

    private TargetOperationOptions() {}

    /**
     * Whether {@code options} assert {@link #REPLICA_ABSENT}.
     *
     * @param options the options of a create; may be null (none given)
     * @return true only for a {@link Boolean#TRUE} value
     * @throws IllegalArgumentException if the option is set to something other than a Boolean
     */
    public static boolean replicaAbsent(OperationOptions options) {
        Object value = options == null ? null : options.getOptions().get(REPLICA_ABSENT);
        if (value == null) {
            return false;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        throw new IllegalArgumentException("Operation option " + REPLICA_ABSENT + " must be a Boolean, not "
                + value.getClass().getName());
    }

    /** The schema's description of {@link #REPLICA_ABSENT}. */
    public static OperationOptionInfo replicaAbsentInfo() {
        return new OperationOptionInfo(REPLICA_ABSENT, Boolean.class);
    }
}
