package io.galbridge.hosttest;

import io.galbridge.mapping.model.ExchangeGuid;
import io.galbridge.testkit.TestForest;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.identityconnectors.framework.common.objects.Attribute;
import org.identityconnectors.framework.common.objects.AttributeBuilder;

/**
 * The connector configurations and the create input the host-loading tests use against a test forest: what a
 * host administrator would enter for the two galbridge connectors. Stateless.
 */
final class HostForests {

    static final String LEGACY_DN_PREFIX = "/o=Tgt/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients";

    private HostForests() {}

    /** The source connector on that forest, reading the whole domain, tracking changes by uSNChanged. */
    static Map<String, Object> sourceProperties(TestForest forest) {
        Map<String, Object> props = new HashMap<>(BundleHost.connection(forest));
        props.put("baseContexts", new String[] {forest.baseDn().toString()});
        props.put("syncStrategy", "USN_CHANGED");
        return props;
    }

    /**
     * The target connector on that forest, accepting recipients of src.test; a null OU is left out (validation
     * tests). The ownership mark goes to the default attribute, adminDescription.
     */
    static Map<String, Object> targetProperties(TestForest forest, String contactOu, String mailUserOu) {
        Map<String, Object> props = new HashMap<>(BundleHost.connection(forest));
        props.put("useGlobalCatalog", false);
        props.put("mailDomains", new String[] {forest.spec().dnsName()});
        if (contactOu != null) {
            props.put("contactOu", contactOu);
        }
        if (mailUserOu != null) {
            props.put("mailUserOu", mailUserOu);
        }
        props.put("legacyExchangeDnPrefix", LEGACY_DN_PREFIX);
        props.put("sourceForests", new String[] {"src.test=src.test,route.src.test"});
        return props;
    }

    /** A source mailbox of src.test: what a host passes to create a contact or a mail user from it. */
    static Set<Attribute> sourceMailbox(String alias) {
        return Set.of(
                AttributeBuilder.build("sourceDn", "CN=" + alias + ",OU=People,DC=src,DC=test"),
                AttributeBuilder.build("sourceObjectGuid", UUID.randomUUID().toString()),
                AttributeBuilder.build("cn", alias),
                AttributeBuilder.build("displayName", "Display " + alias),
                AttributeBuilder.build("mail", alias + "@src.test"),
                AttributeBuilder.build("mailNickname", alias),
                AttributeBuilder.build("sAMAccountName", alias.substring(0, Math.min(alias.length(), 20))),
                AttributeBuilder.build("userPrincipalName", alias + "@src.test"),
                AttributeBuilder.build("userAccountControl", "512"),
                AttributeBuilder.build("msExchHomeServerName", "/o=Src/ou=First/cn=Configuration/cn=Servers/cn=MBX1"),
                AttributeBuilder.build("homeMDB", "CN=DB1,CN=Databases,CN=Configuration,DC=src,DC=test"),
                AttributeBuilder.build("msExchMailboxGuid", (Object)
                        ExchangeGuid.fromUuid(UUID.randomUUID()).toBytes()),
                AttributeBuilder.build(
                        "legacyExchangeDN",
                        "/o=Src/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=" + alias),
                AttributeBuilder.build(
                        "proxyAddresses", "SMTP:" + alias + "@src.test", "smtp:" + alias + "@route.src.test"),
                AttributeBuilder.build("msExchRecipientTypeDetails", "1"));
    }
}
