package io.galbridge.hosttest.contract.source;

import io.galbridge.hosttest.contract.ContractForest;
import io.galbridge.hosttest.contract.ContractObjectClasses;
import java.util.stream.Stream;
import org.identityconnectors.contract.test.GetApiOpTests;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.provider.Arguments;

/** ConnId's {@code GetApiOpTests} against the packaged {@code SourceAdConnector} bundle on a Samba AD forest. */
@ExtendWith(ContractForest.class)
class SourceGetContractTest extends GetApiOpTests {
    /** One argument per object class (works around the suite's defect B). */
    protected static Stream<Arguments> objectClasses() {
        return ContractObjectClasses.of("recipient");
    }
}
