package io.galbridge.ad.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;
import java.net.InetAddress;
import org.identityconnectors.framework.common.exceptions.AlreadyExistsException;
import org.identityconnectors.framework.common.exceptions.ConnectorException;
import org.identityconnectors.framework.common.exceptions.InvalidAttributeValueException;
import org.identityconnectors.framework.common.exceptions.InvalidCredentialException;
import org.identityconnectors.framework.common.exceptions.UnknownUidException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Failures produced by a real (embedded) LDAP server, translated. */
class LdapErrorTranslatorServerTest {

    private static final String BASE = "DC=src,DC=test";
    private static final String PASSWORD = "Sw0rdfish-" + System.nanoTime();

    private InMemoryDirectoryServer server;
    private LDAPConnection connection;

    @BeforeEach
    void start() throws Exception {
        InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(BASE);
        config.addAdditionalBindCredentials("CN=admin," + BASE, PASSWORD);
        config.setListenerConfigs(
                InMemoryListenerConfig.createLDAPConfig("ldap", InetAddress.getLoopbackAddress(), 0, null));
        server = new InMemoryDirectoryServer(config);
        server.startListening();
        server.add("dn: " + BASE, "objectClass: domain", "dc: src");
        server.add("dn: OU=Staff," + BASE, "objectClass: organizationalUnit", "ou: Staff");
        connection = server.getConnection();
    }

    @AfterEach
    void stop() {
        connection.close();
        server.shutDown(true);
    }

    @Test
    void wrongPasswordIsInvalidCredentialsAndNeverEchoesThePassword() {
        String wrong = "not-" + PASSWORD;
        LDAPException failure =
                catchThrowableOfType(LDAPException.class, () -> connection.bind("CN=admin," + BASE, wrong));

        ConnectorException translated = LdapErrorTranslator.translate(failure, "bind as CN=admin," + BASE);

        assertThat(translated).isExactlyInstanceOf(InvalidCredentialException.class);
        assertThat(translated.getMessage()).contains("bind as CN=admin," + BASE, "invalid credentials");
        assertThat(translated.getMessage()).doesNotContain(wrong).doesNotContain(PASSWORD);
    }

    @Test
    void addingAnExistingEntryIsAlreadyExists() {
        LDAPException failure = catchThrowableOfType(
                LDAPException.class,
                () -> connection.add("dn: OU=Staff," + BASE, "objectClass: organizationalUnit", "ou: Staff"));

        assertThat(LdapErrorTranslator.translate(failure, "OU=Staff," + BASE))
                .isExactlyInstanceOf(AlreadyExistsException.class)
                .hasCause(failure);
    }

    @Test
    void modifyingAMissingEntryIsUnknownUid() {
        String dn = "OU=Gone," + BASE;
        LDAPException failure = catchThrowableOfType(
                LDAPException.class,
                () -> connection.modify(dn, new Modification(ModificationType.REPLACE, "description", "x")));

        ConnectorException translated = LdapErrorTranslator.translate(failure, dn);

        assertThat(translated).isExactlyInstanceOf(UnknownUidException.class);
        assertThat(translated.getMessage()).startsWith(dn + ": no such object");
    }

    @Test
    void anAttributeOutsideTheSchemaIsAnInvalidValue() {
        String dn = "OU=Staff," + BASE;
        LDAPException failure = catchThrowableOfType(
                LDAPException.class,
                () -> connection.modify(dn, new Modification(ModificationType.REPLACE, "noSuchAttributeType", "x")));

        assertThat(LdapErrorTranslator.translate(failure, dn))
                .isExactlyInstanceOf(InvalidAttributeValueException.class);
    }
}
