package io.galbridge.connector.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.unboundid.ldap.sdk.Attribute;
import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.RDN;
import io.galbridge.connector.source.schema.RecipientSchema;
import io.galbridge.testkit.ForestKind;
import io.galbridge.testkit.TestForest;
import io.galbridge.testkit.fixture.RecipientFixtures;
import io.galbridge.testkit.junit.ForestRole;
import io.galbridge.testkit.junit.WithForests;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.identityconnectors.common.security.GuardedString;
import org.identityconnectors.framework.api.ConnectorFacade;
import org.identityconnectors.framework.common.exceptions.ConfigurationException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Live sync of the source connector against OpenLDAP (slapd with syncprov and the accesslog overlay, objectGUIDs
 * set by the client): RFC 4533 content sync reports creates, modifies, renames and deletions, each deletion with
 * the objectGUID UID the connector's search gave the object (read from the accesslog), and a bind that cannot
 * read the accesslog is refused naming it.
 */
@WithForests(value = ForestKind.OPENLDAP, forests = "source=src.test")
class OpenLdapSourceSyncTest {

    private static final int RECIPIENTS = 20;

    private static RecipientFixtures fixtures;

    @BeforeAll
    static void seed(@ForestRole("source") TestForest source) throws Exception {
        fixtures = RecipientFixtures.forForest(source.spec())
                .withRecipients(RECIPIENTS)
                .withClientGeneratedIds(true);
        try (LDAPConnection c = source.connect()) {
            fixtures.addTo(c);
        }
    }

    @Test
    void contentSyncReportsCreateModifyRenameAndDeleteWithTheObjectGuidUid(@ForestRole("source") TestForest source)
            throws Exception {
        SourceAdConfiguration configuration = Facades.configuration(source);
        configuration.setSyncStrategy("AUTO");
        ConnectorFacade facade = Facades.facade(configuration);
        try (LDAPConnection c = source.connect()) {
            String token = String.valueOf(new SyncScenario(facade, fixtures)
                    .run(c, 0, RECIPIENTS + 1, true)
                    .getValue());
            assertThat(token).startsWith("gbsync1.csync.");
        }
    }

    @Test
    void aBindThatCannotReadTheAccessLogIsRefusedNamingTheOverlay(@ForestRole("source") TestForest source)
            throws Exception {
        byte[] bytes = new byte[12];
        new SecureRandom().nextBytes(bytes);
        String password = HexFormat.of().formatHex(bytes);
        DN reader = new DN(new RDN("CN", "Reader Without Log"), new DN(new RDN("CN", "Users"), source.baseDn()));
        try (LDAPConnection c = source.connect()) {
            c.add(new Entry(
                    reader,
                    new Attribute("objectClass", "top", "person", "organizationalPerson", "user"),
                    new Attribute("cn", "Reader Without Log"),
                    new Attribute("userPassword", password)));
        }
        SourceAdConfiguration configuration = Facades.configuration(source);
        configuration.setBindDn(reader.toString());
        configuration.setBindPassword(new GuardedString(password.toCharArray()));
        configuration.setSyncStrategy("CONTENT_SYNC");
        ConnectorFacade facade = Facades.facade(configuration);

        assertThatThrownBy(() -> facade.getLatestSyncToken(RecipientSchema.RECIPIENT_CLASS))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("accesslog")
                .hasMessageContaining("logold (objectGUID=*)")
                .hasMessageNotContaining(password);
    }
}
