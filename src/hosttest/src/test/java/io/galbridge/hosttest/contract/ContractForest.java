package io.galbridge.hosttest.contract;

import com.unboundid.ldap.sdk.LDAPConnection;
import io.galbridge.testkit.ForestKind;
import io.galbridge.testkit.ForestProvider;
import io.galbridge.testkit.ForestProviders;
import io.galbridge.testkit.ForestSpec;
import io.galbridge.testkit.RunningForests;
import io.galbridge.testkit.TestForest;
import io.galbridge.testkit.fixture.RecipientFixtures;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.opentest4j.TestAbortedException;

/**
 * Starts the Samba AD forest the connector under test works on, once for all contract-suite classes of a test
 * JVM, and publishes its connection as {@code galbridge.contract.<role>.*} system properties, which the
 * connectors' {@code config.groovy} files read. The suite builds its data provider once per JVM (a static in
 * {@code ContractTestBase}), so the forest must outlive each class: it lives in the root extension store and
 * stops when the test run ends.
 *
 * <p>The JVM's {@code connectorName} system property picks the forest: the source connector gets a source
 * forest seeded with recipients (it cannot create any); the target connector a target forest with the contact
 * and mail-user OUs it writes into. Without Samba the suite is skipped with one loud line, or fails when
 * {@code GALBRIDGE_REQUIRE_SERVERS=1}.
 */
public final class ContractForest implements BeforeAllCallback {

    static final int SOURCE_RECIPIENTS = 15;
    private static final String TARGET_CONNECTOR = "io.galbridge.connector.target.TargetAdConnector";
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(ContractForest.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        ForestProvider provider = ForestProviders.forKind(ForestKind.SAMBA);
        Optional<String> unavailable = provider.unavailableReason();
        if (unavailable.isPresent()) {
            String what = "Samba forests unavailable for the ConnId contract suite ("
                    + context.getRequiredTestClass().getSimpleName() + "): " + unavailable.get();
            if (ForestProviders.serversRequired()) {
                throw new ExtensionConfigurationException(what + " (GALBRIDGE_REQUIRE_SERVERS=1 demands them)");
            }
            new PrintStream(System.err, true, StandardCharsets.UTF_8)
                    .println("!!!!! SKIPPED (test server missing) !!!!! " + what);
            throw new TestAbortedException(what);
        }
        context.getRoot()
                .getStore(NAMESPACE)
                .getOrComputeIfAbsent(RunningForests.class, k -> start(provider), RunningForests.class);
    }

    private static RunningForests start(ForestProvider provider) {
        boolean target = TARGET_CONNECTOR.equals(System.getProperty("connectorName"));
        ForestSpec spec = target ? new ForestSpec("target", "tgt.test") : new ForestSpec("source", "src.test");
        try {
            RunningForests forests = provider.start(List.of(spec));
            TestForest forest = forests.get(spec.role());
            if (target) {
                String contactOu = "OU=Contract Contacts," + forest.baseDn();
                String mailUserOu = "OU=Contract Mail Users," + forest.baseDn();
                forest.seedLdif("dn: " + contactOu + "\nobjectClass: top\nobjectClass: organizationalUnit\n\n" + "dn: "
                        + mailUserOu + "\nobjectClass: top\nobjectClass: organizationalUnit\n");
                System.setProperty("galbridge.contract.target.contactOu", contactOu);
                System.setProperty("galbridge.contract.target.mailUserOu", mailUserOu);
            } else {
                try (LDAPConnection c = forest.connect()) {
                    RecipientFixtures.forForest(forest.spec())
                            .withRecipients(SOURCE_RECIPIENTS)
                            .addTo(c);
                }
            }
            publish(forest);
            return forests;
        } catch (Exception e) {
            throw new IllegalStateException(
                    "cannot start the contract-suite forest " + spec + ": " + e.getMessage(), e);
        }
    }

    private static void publish(TestForest forest) {
        String prefix = "galbridge.contract." + forest.spec().role() + ".";
        System.setProperty(prefix + "url", forest.ldapsUrl());
        System.setProperty(prefix + "bindDn", forest.bindDn());
        System.setProperty(prefix + "password", forest.password());
        System.setProperty(
                prefix + "caCertificateFile", forest.caCertificatePem().toString());
        System.setProperty(prefix + "baseDn", forest.baseDn().toString());
        System.setProperty(prefix + "dnsName", forest.spec().dnsName());
    }
}
