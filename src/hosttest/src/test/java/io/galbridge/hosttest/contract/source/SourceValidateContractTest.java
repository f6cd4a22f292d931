package io.galbridge.hosttest.contract.source;

import io.galbridge.hosttest.contract.ContractForest;
import org.identityconnectors.contract.test.ValidateApiOpTests;
import org.junit.jupiter.api.extension.ExtendWith;

/** ConnId's {@code ValidateApiOpTests} against the packaged {@code SourceAdConnector} bundle on a Samba AD forest. */
@ExtendWith(ContractForest.class)
class SourceValidateContractTest extends ValidateApiOpTests {}
