// Contract-suite configuration of the target connector. The forest is started by ContractForest before the
// suite classes run; it publishes the connection as galbridge.contract.* system properties.
//
// Test data: a source mailbox of src.test per created object. Random patterns: '#' digit, 'a' lower-case
// letter, 'A' upper-case letter, '.' letter or digit; every other character is literal, and plus() appends
// literal text.
import org.identityconnectors.common.security.GuardedString
import org.identityconnectors.contract.data.groovy.Lazy

def p = { String name -> System.getProperty('galbridge.contract.target.' + name, '') }

connector.serverUrls = [p('url')] as String[]
connector.bindDn = p('bindDn')
connector.bindPassword = new GuardedString(p('password').toCharArray())
connector.caCertificateFile = p('caCertificateFile')
// the shared connection properties: same names and units (milliseconds) in both connectors
connector.connectTimeoutMillis = 5000
connector.responseTimeoutMillis = 60000
connector.forestDnsName = p('dnsName')
connector.useGlobalCatalog = false
connector.mailDomains = [p('dnsName')] as String[]
connector.contactOu = p('contactOu')
connector.mailUserOu = p('mailUserOu')
connector.legacyExchangeDnPrefix = '/o=Tgt/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients'
connector.sourceForests = ['src.test=src.test,route.src.test'] as String[]

testsuite.bundleJar = System.getProperty('galbridge.bundles', 'target/bundles') + '/galbridge-connector-target-ad.jar'
testsuite.bundleName = 'io.galbridge.connector-target-ad'
testsuite.bundleVersion = System.getProperty('galbridge.bundle.version', '')
testsuite.connectorName = 'io.galbridge.connector.target.TargetAdConnector'
testsuite.objectClasses = ['galContact', 'mailUser']

// Patterns are built with String concatenation: the suite accepts only java.lang.String patterns, no GStrings.
[galContact: 'ct', mailUser: 'mu'].each { String oc, String tag ->
    "$oc" {
        sourceDn = Lazy.random('CN=' + tag + '-aaaaaaaa,OU=People,DC=src,DC=test')
        sourceObjectGuid = Lazy.random('########-####-####-####-############')
        mailNickname = Lazy.random(tag + 'aaaaaaaa')
        displayName = Lazy.random('Contract ' + tag + ' aaaaaa')
        mail = Lazy.random(tag + 'aaaaaaaa').plus('@src.test')
        proxyAddresses = [Lazy.random('SMTP:' + tag + 'aaaaaaaa').plus('@src.test')]
        legacyExchangeDN = Lazy.random('/o=Src/ou=Recipients/cn=' + tag + 'aaaaaaaa')
        msExchMailboxGuid = Lazy.random('################', byte[].class)
        // a mailbox of the source forest; plain strings are passed as they are
        sAMAccountName = Lazy.random(tag + 'aaaaaaaa')
        userPrincipalName = Lazy.random(tag + 'aaaaaaaa').plus('@src.test')
        userAccountControl = '512'
        msExchRecipientTypeDetails = '1'
        msExchHomeServerName = '/o=Src/ou=First/cn=Configuration/cn=Servers/cn=MBX1'
        homeMDB = 'CN=DB1,CN=Databases,CN=Configuration,DC=src,DC=test'
    }
}
