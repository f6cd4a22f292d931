// Contract-suite configuration of the source connector. The forest is started by ContractForest before the
// suite classes run; it publishes the connection as galbridge.contract.* system properties.
import org.identityconnectors.common.security.GuardedString

def p = { String name -> System.getProperty('galbridge.contract.source.' + name, '') }

connector.serverUrls = [p('url')] as String[]
connector.bindDn = p('bindDn')
connector.bindPassword = new GuardedString(p('password').toCharArray())
connector.caCertificateFile = p('caCertificateFile')
// the shared connection properties: same names and units (milliseconds) in both connectors
connector.connectTimeoutMillis = 5000
connector.responseTimeoutMillis = 60000
connector.baseContexts = [p('baseDn')] as String[]
connector.forestDnsName = p('dnsName')
connector.syncStrategy = 'USN_CHANGED'

testsuite.bundleJar = System.getProperty('galbridge.bundles', 'target/bundles') + '/galbridge-connector-source-ad.jar'
testsuite.bundleName = 'io.galbridge.connector-source-ad'
testsuite.bundleVersion = System.getProperty('galbridge.bundle.version', '')
testsuite.connectorName = 'io.galbridge.connector.source.SourceAdConnector'
testsuite.objectClasses = ['recipient']
