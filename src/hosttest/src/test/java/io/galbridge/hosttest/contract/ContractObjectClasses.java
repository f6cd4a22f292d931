package io.galbridge.hosttest.contract;

import java.util.stream.Stream;
import org.identityconnectors.framework.common.objects.ObjectClass;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The object classes the suite's parameterized tests run for, one JUnit argument each. Works around the
 * suite's defect B ({@code ObjectClassRunner.objectClasses()} returns all classes as one list argument, which
 * JUnit cannot convert): every subclass declares its own static {@code objectClasses()} that hides the
 * inherited factory {@code @MethodSource("objectClasses")} resolves, and delegates here. Like the suite, it
 * adds a class the connector does not know ({@code NONEXISTING}), for which each operation must throw.
 */
public final class ContractObjectClasses {

    private ContractObjectClasses() {}

    /** The given classes and {@code NONEXISTING}, each as its own argument. */
    public static Stream<Arguments> of(String... objectClasses) {
        return Stream.concat(Stream.of(objectClasses), Stream.of("NONEXISTING"))
                .map(ObjectClass::new)
                .map(Arguments::of);
    }
}
