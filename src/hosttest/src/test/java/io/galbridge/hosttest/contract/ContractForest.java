package io.galbridge.hosttest.contract;

import com.unboundid.ldap.sdk.LDAPConnection;
import io.galbridge.testkit.ForestKind;
import io.galbridge.testkit.ForestSpec;
import io.galbridge.testkit.RunningForests;
import io.galbridge.testkit.TestForest;
import io.galbridge.testkit.fixture.RecipientFixtures;
import java.util.List;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts one pair of embedded forests for all contract-suite classes of a test JVM and publishes their
 * connections as {@code galbridge.contract.<role>.*} system properties, which the connectors'
 * {@code config.groovy} files read. The suite builds its data provider once per JVM (a static in
 * {@code ContractTestBase}), so the forests must outlive each class: they live in the root extension store
 * and stop when the test run ends.
 *
 * <p>The source forest is seeded with recipients (the source connector cannot create any); the target forest
 * gets the contact and mail-user OUs the target connector writes into.
 */
public final class ContractForest implements BeforeAllCallback {

    static final int SOURCE_RECIPIENTS = 15;
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(ContractForest.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot()
                .getStore(NAMESPACE)
                .getOrComputeIfAbsent(RunningForests.class, k -> start(), RunningForests.class);
    }

    private static RunningForests start() {
        try {
            RunningForests forests = io.galbridge.testkit.ForestProviders.forKind(ForestKind.EMBEDDED)
                    .start(List.of(new ForestSpec("source", "src.test"), new ForestSpec("target", "tgt.test")));
            TestForest source = forests.get("source");
            try (LDAPConnection c = source.connect()) {
                RecipientFixtures.forForest(source.spec())
                        .withRecipients(SOURCE_RECIPIENTS)
                        .addTo(c);
            }
            TestForest target = forests.get("target");
            String contactOu = "OU=Contract Contacts," + target.baseDn();
            String mailUserOu = "OU=Contract Mail Users," + target.baseDn();
            target.seedLdif("dn: " + contactOu + "\nobjectClass: top\nobjectClass: organizationalUnit\n\n" + "dn: "
                    + mailUserOu + "\nobjectClass: top\nobjectClass: organizationalUnit\n");
            publish(source);
            publish(target);
            System.setProperty("galbridge.contract.target.contactOu", contactOu);
            System.setProperty("galbridge.contract.target.mailUserOu", mailUserOu);
            return forests;
        } catch (Exception e) {
            throw new IllegalStateException("cannot start the contract-suite forests: " + e.getMessage(), e);
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
