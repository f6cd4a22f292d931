package io.galbridge.hosttest.contract.target;

import io.galbridge.hosttest.contract.ContractForest;
import io.galbridge.hosttest.contract.ContractObjectClasses;
import java.util.stream.Stream;
import org.identityconnectors.contract.test.DeleteApiOpTests;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.provider.Arguments;

/** ConnId's {@code DeleteApiOpTests} against the packaged {@code TargetAdConnector} bundle on a Samba AD forest. */
@ExtendWith(ContractForest.class)
class TargetDeleteContractTest extends DeleteApiOpTests {
    /** One argument per object class (works around the suite's defect B). */
    protected static Stream<Arguments> objectClasses() {
        return ContractObjectClasses.of("galContact", "mailUser");
    }
}
