package io.galbridge.hosttest.contract.target;

import io.galbridge.hosttest.contract.ContractForest;
import org.identityconnectors.contract.test.TestApiOpTests;
import org.junit.jupiter.api.extension.ExtendWith;

/** ConnId's {@code TestApiOpTests} against the packaged {@code TargetAdConnector} bundle on a Samba AD forest. */
@ExtendWith(ContractForest.class)
class TargetTestContractTest extends TestApiOpTests {}
