package io.galbridge.mapping.prestage;

import static org.assertj.core.api.Assertions.assertThat;

import io.galbridge.mapping.model.DirectoryEntry;
import io.galbridge.mapping.model.SecurityIdentifier;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Real matches: SID path first (never SELF), then exact per-value address overlap (2.5, 2.16). */
class TargetMatcherTest {

    private static SourceMailbox source(DirectoryEntry e) {
        return SourceMailbox.validate(List.of(e)).mailbox();
    }

    @ParameterizedTest(name = "{0}={1} matches: {2}")
    @CsvSource(
            delimiter = ';',
            value = {
                "proxyAddresses;smtp:JANE.DOE@CONTOSO.COM;true",
                "proxyAddresses;SMTP:jdoe@src.route.example;true",
                "proxyAddresses;x500:/o=contoso/ou=first administrative group/cn=recipients/cn=jdoe;true",
                "proxyAddresses;X500:/o=Contoso/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=4a1c-jdoe;true",
                "proxyAddresses;smtp:jane.doe@contoso.co;false",
                "proxyAddresses;smtp:ane.doe@contoso.com;false",
                "proxyAddresses;sip:jane.doe@contoso.com;false",
                "proxyAddresses;not-a-proxy;false",
                "legacyExchangeDN;/o=Contoso/ou=First Administrative Group/cn=Recipients/cn=JDOE;true",
                "legacyExchangeDN;/o=Contoso/ou=First Administrative Group/cn=Recipients/cn=jdoe2;false",
                "mail;jane.doe@contoso.com;false",
            })
    void addressPath(String attribute, String value, boolean matches) {
        DirectoryEntry candidate = DirectoryEntry.builder("CN=x,OU=GAL,DC=tgt,DC=example")
                .add("objectClass", "contact")
                .add(attribute, value)
                .build();
        assertThat(TargetMatcher.matches(source(Fixtures.source().build()), List.of(candidate)))
                .hasSize(matches ? 1 : 0);
    }

    @Test
    void sidPathWinsAndSelfIsNeverAKey() {
        DirectoryEntry account = Fixtures.plainUser().build();
        DirectoryEntry contact = Fixtures.contact().build();
        DirectoryEntry linked = Fixtures.source()
                .addBytes("msExchMasterAccountSid", Fixtures.FOREIGN_SID.toBytes())
                .build();
        assertThat(TargetMatcher.matches(source(linked), List.of(account, contact, account)))
                .extracting(DirectoryEntry::dn)
                .containsExactly(account.dn());
        DirectoryEntry selfAccount = DirectoryEntry.builder("CN=Room,DC=tgt,DC=example")
                .add("objectClass", "user")
                .addBytes("msExchMasterAccountSid", SecurityIdentifier.SELF.toBytes())
                .build();
        DirectoryEntry shared = Fixtures.source()
                .addBytes("msExchMasterAccountSid", SecurityIdentifier.SELF.toBytes())
                .build();
        assertThat(TargetMatcher.matches(source(shared), List.of(selfAccount, contact)))
                .extracting(DirectoryEntry::dn)
                .containsExactly(contact.dn());
    }

    @Test
    void malformedCandidateSidMatchesNothing() {
        DirectoryEntry broken = DirectoryEntry.builder("CN=Broken,DC=tgt,DC=example")
                .add("objectClass", "user")
                .addBytes("objectSid", new byte[] {9, 9})
                .build();
        DirectoryEntry linked = Fixtures.source()
                .addBytes("msExchMasterAccountSid", Fixtures.FOREIGN_SID.toBytes())
                .build();
        assertThat(TargetMatcher.matches(source(linked), List.of(broken))).isEmpty();
    }

    @Test
    void duplicateCandidatesByDnAreOneMatch() {
        DirectoryEntry a = Fixtures.contact().build();
        DirectoryEntry b = DirectoryEntry.builder(a.dn().toUpperCase(Locale.ROOT))
                .add("proxyAddresses", "SMTP:jane.doe@contoso.com")
                .build();
        assertThat(TargetMatcher.matches(source(Fixtures.source().build()), List.of(a, b)))
                .hasSize(1);
    }
}
