package io.galbridge.cli.demo;

import com.unboundid.ldap.sdk.Attribute;
import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;
import com.unboundid.ldap.sdk.RDN;
import com.unboundid.ldap.sdk.SearchResultEntry;
import io.galbridge.mapping.config.OwnershipMarker;
import io.galbridge.mapping.model.ExchangeGuid;
import io.galbridge.testkit.TestForest;
import io.galbridge.testkit.fixture.RecipientFixtures;
import io.galbridge.testkit.fixture.RecipientKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The demo's estate: a few hundred source recipients of every kind ({@link RecipientFixtures}), the
 * target's contact and mail-user OUs and a few target recipients, an existing galbridge-marked GAL contact
 * for one source mailbox (adopted by the first sync), and a target contact that already holds another
 * source mailbox's primary SMTP address (a duplicate-proxy conflict the sync must report).
 *
 * @param contactOu the target's GAL contact OU
 * @param mailUserOu the target's mail-user OU
 * @param targetDatabase a target mailbox database placeholder (the simulated move's homeMDB)
 * @param adopted the source mailbox whose existing contact is adopted
 * @param conflicting the source mailbox whose address a target object already holds
 * @param conflictingSmtp the conflicting mailbox's primary SMTP address
 * @param conflictDn the target object holding it
 * @param prestaged the source mailboxes the demo pre-stages (their primary SMTP addresses)
 * @param recipients how many source recipients were seeded
 */
public record DemoEstate(
        String contactOu,
        String mailUserOu,
        String targetDatabase,
        String adopted,
        String conflicting,
        String conflictingSmtp,
        String conflictDn,
        List<String> prestaged,
        int recipients) {

    /** The source recipients seeded. */
    public static final int SOURCE_RECIPIENTS = 200;
    /**
     * The ownership attribute the demo's rules name: the embedded schema has no adminDescription, and
     * extensionAttribute1-15 flow from the source (the connector would clear a mark kept there).
     */
    public static final String OWNERSHIP_ATTRIBUTE = "description";

    /**
     * Seeds both forests.
     *
     * @param source the source forest; never null
     * @param target the target forest; never null
     */
    public static DemoEstate seed(TestForest source, TestForest target) throws LDAPException {
        return seed(source, target, SOURCE_RECIPIENTS);
    }

    /**
     * Seeds both forests with {@code recipients} source recipients (at least 20: the estate needs four
     * mailboxes after the first recipient).
     *
     * @param source the source forest; never null
     * @param target the target forest; never null
     * @param recipients how many source recipients to seed
     */
    public static DemoEstate seed(TestForest source, TestForest target, int recipients) throws LDAPException {
        RecipientFixtures sourceFixtures =
                RecipientFixtures.forForest(source.spec()).withRecipients(recipients);
        RecipientFixtures targetFixtures =
                RecipientFixtures.forForest(target.spec()).withRecipients(12).withSeed(7);
        String contactOu = new DN(new RDN("OU", "GAL Contacts"), target.baseDn()).toString();
        String mailUserOu = new DN(new RDN("OU", "Migrated Users"), target.baseDn()).toString();
        List<SearchResultEntry> mailboxes = new ArrayList<>();
        try (LDAPConnection s = source.connect();
                LDAPConnection t = target.connect()) {
            sourceFixtures.addTo(s);
            targetFixtures.addTo(t);
            t.add(new Entry(contactOu, new Attribute("objectClass", "top", "organizationalUnit")));
            t.add(new Entry(mailUserOu, new Attribute("objectClass", "top", "organizationalUnit")));
            // from index 1: the fixture's first recipient is special (see RecipientFixtures)
            for (int i = 1; i < sourceFixtures.recipientCount() && mailboxes.size() < 4; i++) {
                if (sourceFixtures.kindAt(i) == RecipientKind.MAILBOX) {
                    mailboxes.add(s.getEntry(sourceFixtures.recipientDnAt(i).toString(), "*", "objectGUID"));
                }
            }
            SearchResultEntry adopted = mailboxes.get(0);
            SearchResultEntry conflicting = mailboxes.get(1);
            t.add(existingContact(adopted, contactOu, source.spec().dnsName()));
            String conflictDn = new DN(
                            new RDN("CN", "Duplicate " + alias(conflicting)), new DN("CN=Users," + target.baseDn()))
                    .toString();
            t.add(new Entry(
                    conflictDn,
                    new Attribute("objectClass", "top", "person", "organizationalPerson", "contact"),
                    new Attribute("mailNickname", alias(conflicting) + "-dup"),
                    new Attribute("mail", primary(conflicting)),
                    new Attribute("proxyAddresses", "SMTP:" + primary(conflicting)),
                    new Attribute("targetAddress", "SMTP:" + primary(conflicting)),
                    new Attribute("displayName", "Duplicate of " + alias(conflicting))));
            return new DemoEstate(
                    contactOu,
                    mailUserOu,
                    targetFixtures.databaseDn().toString(),
                    adopted.getDN(),
                    conflicting.getDN(),
                    primary(conflicting),
                    conflictDn,
                    List.of(primary(mailboxes.get(2)), primary(mailboxes.get(3))),
                    sourceFixtures.recipientCount());
        }
    }

    /** What GALSync would have left: a contact for the mailbox, marked as galbridge's by an earlier run. */
    private static Entry existingContact(SearchResultEntry mailbox, String contactOu, String forest)
            throws LDAPException {
        String alias = alias(mailbox);
        ExchangeGuid guid = ExchangeGuid.fromBytes(mailbox.getAttributeValueBytes("objectGUID"));
        return new Entry(
                new DN(new RDN("CN", alias + " (GALSync)"), new DN(contactOu)).toString(),
                new Attribute("objectClass", "top", "person", "organizationalPerson", "contact"),
                new Attribute("mailNickname", alias),
                new Attribute("displayName", mailbox.getAttributeValue("displayName") + " (old GALSync)"),
                new Attribute("mail", primary(mailbox)),
                new Attribute("targetAddress", "SMTP:" + primary(mailbox)),
                new Attribute(
                        "proxyAddresses",
                        "SMTP:" + primary(mailbox),
                        "X500:" + mailbox.getAttributeValue("legacyExchangeDN")),
                new Attribute(OWNERSHIP_ATTRIBUTE, new OwnershipMarker(OWNERSHIP_ATTRIBUTE).value(forest, guid)));
    }

    static String alias(SearchResultEntry e) {
        return e.getAttributeValue("mailNickname");
    }

    static String primary(SearchResultEntry e) {
        for (String p : e.getAttributeValues("proxyAddresses")) {
            if (p.startsWith("SMTP:")) {
                return p.substring(5);
            }
        }
        return e.getAttributeValue("mail").toLowerCase(Locale.ROOT);
    }

    /**
     * Plays the Mailbox Replication Service completing a cross-forest move on the target side: the target
     * mail user becomes a mailbox (homeMDB set, targetAddress removed), and the target's email address
     * policy stamps an address in the target domain ({@code alias@<target domain>}).
     *
     * @param target the target forest; never null
     * @param mailUserDn the pre-staged mail user
     */
    public void simulateMove(TestForest target, String mailUserDn) throws LDAPException {
        try (LDAPConnection t = target.connect()) {
            t.modify(
                    mailUserDn,
                    new Modification(ModificationType.REPLACE, "homeMDB", targetDatabase),
                    new Modification(ModificationType.DELETE, "targetAddress"),
                    new Modification(
                            ModificationType.ADD,
                            "proxyAddresses",
                            "smtp:" + t.getEntry(mailUserDn, "mailNickname").getAttributeValue("mailNickname") + "@"
                                    + target.spec().dnsName()));
        }
    }
}
