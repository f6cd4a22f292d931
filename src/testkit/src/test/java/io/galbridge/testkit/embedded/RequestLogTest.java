package io.galbridge.testkit.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.unboundid.ldap.sdk.Attribute;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.SearchScope;
import io.galbridge.testkit.ForestKind;
import io.galbridge.testkit.TestForest;
import io.galbridge.testkit.embedded.RequestLog.Kind;
import io.galbridge.testkit.embedded.RequestLog.Request;
import io.galbridge.testkit.junit.ForestRole;
import io.galbridge.testkit.junit.WithForests;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The embedded forest records client requests only while a recording is open, in arrival order. */
@WithForests(ForestKind.EMBEDDED)
class RequestLogTest {

    @Test
    void recordsWhatClientsSendWhileARecordingIsOpen(@ForestRole("source") TestForest source) throws Exception {
        RequestLog log = ((EmbeddedForest) source).requests();
        String cn = "rl" + UUID.randomUUID().toString().substring(0, 8);
        String dn = "CN=" + cn + ",CN=Users," + source.baseDn();
        Filter filter = Filter.createEqualityFilter("objectClass", "contact");
        RequestLog.Recording recording;
        try (LDAPConnection c = source.connect()) {
            c.search(source.baseDn().toString(), SearchScope.SUB, filter, "1.1"); // before: not recorded
            try (RequestLog.Recording open = log.record()) {
                recording = open;
                c.add(new Entry(
                        dn,
                        new Attribute("objectClass", "top", "person", "organizationalPerson", "contact"),
                        new Attribute("cn", cn)));
                c.search(source.baseDn().toString(), SearchScope.SUB, filter, "1.1");
                c.getEntry(dn, "cn");
                c.delete(dn);
                assertThatThrownBy(log::record).isInstanceOf(IllegalStateException.class);
            }
            c.getRootDSE(); // after: not recorded
        }

        assertThat(recording.requests())
                .containsExactly(
                        new Request(Kind.ADD, dn, null, null),
                        new Request(Kind.SEARCH, source.baseDn().toString(), SearchScope.SUB, filter.toString()),
                        new Request(Kind.SEARCH, dn, SearchScope.BASE, "(objectClass=*)"),
                        new Request(Kind.DELETE, dn, null, null));
        assertThat(recording.searches()).hasSize(2);
        log.record().close(); // closed recordings free the log
    }
}
