package io.galbridge.connector.target;

import static org.assertj.core.api.Assertions.assertThat;

import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.SearchResult;
import com.unboundid.ldap.sdk.SearchResultEntry;
import com.unboundid.ldap.sdk.SearchScope;
import io.galbridge.ad.value.GuidCodec;
import io.galbridge.connector.target.operation.TargetAttributes;
import io.galbridge.testkit.ForestKind;
import io.galbridge.testkit.TestForest;
import io.galbridge.testkit.junit.ForestRole;
import io.galbridge.testkit.junit.WithForests;
import java.util.UUID;
import org.identityconnectors.framework.api.ConnectorFacade;
import org.identityconnectors.framework.common.objects.ConnectorObject;
import org.identityconnectors.framework.common.objects.Uid;
import org.junit.jupiter.api.Test;

/**
 * The target connector on a server that stamps no objectGUID (slapd): the connector gives each created entry a
 * random objectGUID and returns it as the UID without reading the entry back.
 */
@WithForests(ForestKind.OPENLDAP)
class OpenLdapTargetTest {

    @Test
    void aCreatedContactsUidIsTheObjectGuidTheConnectorGaveIt(@ForestRole("target") TestForest target)
            throws Exception {
        TargetForestFixture fx = new TargetForestFixture(target);
        ConnectorFacade facade = fx.facade(fx.configuration());
        var source = TargetForestFixture.sourceMailbox("Ines.Lindqvist", UUID.randomUUID(), UUID.randomUUID());

        Uid uid = facade.create(TargetAttributes.GAL_CONTACT, source, null);

        SearchResultEntry stored;
        try (LDAPConnection c = target.connect()) {
            SearchResult contacts = c.search(fx.contactOu, SearchScope.ONE, "(objectClass=contact)", "objectGUID");
            assertThat(contacts.getSearchEntries()).hasSize(1);
            stored = contacts.getSearchEntries().get(0);
        }
        String storedGuid =
                GuidCodec.INSTANCE.toUid(GuidCodec.INSTANCE.decode(stored.getAttributeValueBytes("objectGUID")));
        assertThat(uid.getUidValue()).isEqualTo(storedGuid);
        ConnectorObject read = facade.getObject(TargetAttributes.GAL_CONTACT, uid, null);
        assertThat(read.getName().getNameValue()).isEqualToIgnoringCase(stored.getDN());
        // the second create finds its replica (the read-back path) and returns the same UID
        assertThat(facade.create(TargetAttributes.GAL_CONTACT, source, null)).isEqualTo(uid);
    }
}
