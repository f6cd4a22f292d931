package io.galbridge.cli.run;

import org.identityconnectors.framework.common.objects.OperationOptions;
import org.identityconnectors.framework.common.objects.OperationOptionsBuilder;

/**
 * Operation options built once and passed to every facade call of the per-object steps, instead of null. ConnId
 * 1.5.2.0 turns null options into {@code new OperationOptionsBuilder().build()} in every operation (create,
 * getObject, search, sync, updateDelta, delete), and the {@code OperationOptions} constructor deep-copies its map
 * by serialising and deserialising it ({@code SerializerUtil.cloneObject}): per call, that was a measurable part of
 * the X500 back-flow's CPU. {@code OperationOptions} is immutable, so one instance serves every call and thread.
 */
final class FacadeOptions {

    /** No options: what null means to ConnId, without the per-call copy. */
    static final OperationOptions NONE = new OperationOptionsBuilder().build();

    private FacadeOptions() {}
}
