package io.galbridge.connector.source;

import io.galbridge.testkit.TestForest;
import org.identityconnectors.common.security.GuardedString;
import org.identityconnectors.framework.api.APIConfiguration;
import org.identityconnectors.framework.api.ConnectorFacade;
import org.identityconnectors.framework.api.ConnectorFacadeFactory;
import org.identityconnectors.test.common.TestHelpers;

/** Builds connector facades through the ConnId framework, filtered results handler in validation mode. */
final class Facades {

    private Facades() {}

    static SourceAdConfiguration configuration(TestForest forest) {
        SourceAdConfiguration c = new SourceAdConfiguration();
        c.setServerUrls(new String[] {forest.ldapsUrl()});
        c.setBindDn(forest.bindDn());
        c.setBindPassword(new GuardedString(forest.password().toCharArray()));
        c.setCaCertificateFile(forest.caCertificatePem().toString());
        c.setBaseContexts(new String[] {forest.baseDn().toString()});
        c.setForestDnsName(forest.spec().dnsName());
        c.setPageSize(200);
        return c;
    }

    static ConnectorFacade facade(SourceAdConfiguration configuration) {
        APIConfiguration api = TestHelpers.createTestConfiguration(SourceAdConnector.class, configuration);
        api.getResultsHandlerConfiguration().setFilteredResultsHandlerInValidationMode(true);
        return ConnectorFacadeFactory.getInstance().newInstance(api);
    }
}
