package io.galbridge.testkit.embedded;

import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.RDN;
import io.galbridge.testkit.ForestSpec;
import io.galbridge.testkit.fixture.DomainSid;
import java.util.List;

/**
 * The entries a fresh AD domain has that tests rely on: the domain object, {@code CN=Users},
 * {@code CN=Computers}, the administrator {@code CN=Administrator,CN=Users,<base>} (RID 500) and
 * placeholders {@code CN=Configuration,<base>} and {@code CN=Schema,CN=Configuration,<base>} (on AD the
 * configuration is its own partition; here it is an empty container so objectCategory DNs have a parent).
 */
final class BaseDirectoryTree {

    /** The administrator's well-known RID. */
    static final long ADMINISTRATOR_RID = 500;

    private BaseDirectoryTree() {}

    /** The administrator's DN in a forest. */
    static DN administratorDn(ForestSpec spec) {
        return new DN(new RDN("CN", "Administrator"), usersDn(spec));
    }

    /**
     * The entries in add order, without server stamps. The domain object is a {@code domainDNS} and the
     * containers are {@code container}s, classes the schema catalog defines.
     */
    static List<Entry> entries(ForestSpec spec, DomainSid domainSid) {
        DN base = spec.baseDn();
        Entry domain = new Entry(base);
        domain.addAttribute("objectClass", "top", "domain", "domainDNS");
        domain.addAttribute("dc", base.getRDN().getAttributeValues()[0]);
        DN configuration = new DN(new RDN("CN", "Configuration"), base);

        Entry administrator = new Entry(administratorDn(spec));
        administrator.addAttribute("objectClass", "top", "person", "organizationalPerson", "user");
        administrator.addAttribute("cn", "Administrator");
        administrator.addAttribute("description", "Built-in account for administering the computer/domain");
        administrator.addAttribute("sAMAccountName", "Administrator");
        administrator.addAttribute("userPrincipalName", "Administrator@" + spec.dnsName());
        administrator.addAttribute("userAccountControl", "66048");
        administrator.addAttribute("objectSid", domainSid.account(ADMINISTRATOR_RID));
        return List.of(
                domain,
                container(usersDn(spec), "Default container for upgraded user accounts"),
                container(new DN(new RDN("CN", "Computers"), base), "Default container for upgraded computer accounts"),
                container(configuration, "Placeholder for the configuration partition"),
                container(new DN(new RDN("CN", "Schema"), configuration), "Placeholder for the schema partition"),
                administrator);
    }

    private static DN usersDn(ForestSpec spec) {
        return new DN(new RDN("CN", "Users"), spec.baseDn());
    }

    private static Entry container(DN dn, String description) {
        Entry entry = new Entry(dn);
        entry.addAttribute("objectClass", "top", "container");
        entry.addAttribute("cn", dn.getRDN().getAttributeValues()[0]);
        entry.addAttribute("description", description);
        return entry;
    }
}
