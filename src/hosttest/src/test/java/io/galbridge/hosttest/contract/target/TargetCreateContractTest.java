package io.galbridge.hosttest.contract.target;

import io.galbridge.hosttest.contract.ContractForest;
import io.galbridge.hosttest.contract.ContractObjectClasses;
import io.galbridge.hosttest.contract.SuiteDeviations;
import java.util.stream.Stream;
import org.identityconnectors.contract.test.CreateApiOpTests;
import org.identityconnectors.framework.common.objects.ObjectClass;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** ConnId's {@code CreateApiOpTests} against the packaged {@code TargetAdConnector} bundle on a Samba AD forest. */
@ExtendWith(ContractForest.class)
class TargetCreateContractTest extends CreateApiOpTests {
    /** One argument per object class (works around the suite's defect B). */
    protected static Stream<Arguments> objectClasses() {
        return ContractObjectClasses.of("galContact", "mailUser");
    }

    @ParameterizedTest
    @MethodSource("objectClasses")
    @Disabled(SuiteDeviations.INPUT_ONLY_ATTRIBUTES)
    @Override
    public void testContract(ObjectClass objectClass) {}

    @ParameterizedTest
    @MethodSource("objectClasses")
    @Disabled(SuiteDeviations.INPUT_ONLY_ATTRIBUTES)
    @Override
    public void testCreateWithSameAttributes(ObjectClass objectClass) {}
}
