package io.galbridge.hosttest.contract.source;

import io.galbridge.hosttest.contract.ContractForest;
import io.galbridge.hosttest.contract.SuiteDeviations;
import org.identityconnectors.contract.test.SchemaApiOpTests;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** ConnId's {@code SchemaApiOpTests} against the packaged {@code SourceAdConnector} bundle on a Samba AD forest. */
@ExtendWith(ContractForest.class)
class SourceSchemaContractTest extends SchemaApiOpTests {
    @Test
    @Disabled(SuiteDeviations.UID_IN_SCHEMA)
    @Override
    public void testUidNotPresent() {}

    @Test
    @Disabled(SuiteDeviations.EXPECTED_SCHEMA)
    @Override
    public void testSchemaExpected() {}
}
