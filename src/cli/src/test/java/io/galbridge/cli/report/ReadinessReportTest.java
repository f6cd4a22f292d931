package io.galbridge.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.galbridge.mapping.model.DirectoryEntry;
import io.galbridge.mapping.readiness.Finding;
import io.galbridge.mapping.readiness.ReadinessContext;
import io.galbridge.mapping.readiness.Severity;
import io.galbridge.mapping.recipient.ClassifierContext;
import io.galbridge.mapping.recipient.RecipientClassifier;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReadinessReportTest {

    static final Instant NOW = Instant.parse("2026-11-22T10:15:30Z");
    static final RecipientClassifier CLASSIFIER = new RecipientClassifier(ClassifierContext.none());

    static DirectoryEntry mailbox(String dn, String alias, byte guidByte, boolean withLegacyDn, String... proxies) {
        byte[] guid = new byte[16];
        java.util.Arrays.fill(guid, guidByte);
        DirectoryEntry.Builder b = DirectoryEntry.builder(dn)
                .add("objectClass", "top", "person", "organizationalPerson", "user")
                .add("cn", alias)
                .add("sAMAccountName", alias)
                .add("mailNickname", alias)
                .add("homeMDB", "CN=DB01,CN=Databases,CN=Exchange Administrative Group (FYDIBOHF23SPDLT),CN=SRC")
                .add("userAccountControl", "512")
                .add("msExchRecipientTypeDetails", "1")
                .add("proxyAddresses", proxies)
                .addBytes("msExchMailboxGuid", guid);
        if (withLegacyDn) {
            b.add(
                    "legacyExchangeDN",
                    "/o=SRC/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=" + alias);
        }
        return b.build();
    }

    @Test
    void classifiesEveryMailboxAsReadyBlockedOrInConflictFromTheEnginesFindings() {
        DirectoryEntry ada =
                mailbox("CN=Ada Lovelace,OU=People,DC=src,DC=test", "ada", (byte) 1, true, "SMTP:ada@src.test");
        DirectoryEntry grace =
                mailbox("CN=Grace Hopper,OU=People,DC=src,DC=test", "grace", (byte) 2, false, "SMTP:grace@src.test");
        DirectoryEntry alan =
                mailbox("CN=Alan Turing,OU=People,DC=src,DC=test", "alan", (byte) 3, true, "SMTP:alan@src.test");
        DirectoryEntry targetAlan = mailbox(
                "CN=Alan Turing,OU=Staff,DC=tgt,DC=test",
                "aturing",
                (byte) 4,
                true,
                "SMTP:alan.turing@tgt.test",
                "smtp:alan@src.test");
        ReadinessInput input = new ReadinessInput() {
            @Override
            public List<DirectoryEntry> sourceMailboxes() {
                return List.of(ada, grace, alan);
            }

            @Override
            public List<DirectoryEntry> targetRecipients() {
                return List.of(targetAlan);
            }
        };

        ReadinessReport report = ReadinessReport.build(
                "src.test → tgt.test",
                NOW,
                input,
                CLASSIFIER,
                CLASSIFIER,
                index -> new ReadinessContext(
                        Optional.empty(), Optional.empty(), Set.of("tgt.test"), true, index, Optional.empty()));

        assertThat(report.mailboxes())
                .extracting(MailboxReadiness::primarySmtp, MailboxReadiness::status)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("ada@src.test", MailboxReadiness.Status.READY),
                        org.assertj.core.groups.Tuple.tuple("grace@src.test", MailboxReadiness.Status.BLOCKED),
                        org.assertj.core.groups.Tuple.tuple("alan@src.test", MailboxReadiness.Status.CONFLICT));
        assertThat(report.mailboxes().get(1).errors()).extracting(Finding::code).contains("GB-E5");
        assertThat(report.mailboxes().get(2).errors()).extracting(Finding::code).contains("GB-E2");
        assertThat(report.count(MailboxReadiness.Status.READY)).isEqualTo(1);
    }

    static ReadinessReport hostileReport() {
        String dn = "CN=<script>alert('x')</script> & \"Bob\",OU=Sales\\, EMEA,DC=src,DC=test";
        Finding finding = new Finding(
                "GB-E1",
                Severity.ERROR,
                dn,
                "Target object CN=Bob,OU=x already holds [smtp:bob@src.test, SMTP:\"b,o\"@src.test].",
                "=HYPERLINK(\"http://evil\")\nthen rerun");
        return new ReadinessReport(
                "src.test <b>→</b> tgt.test",
                NOW,
                List.of(
                        new MailboxReadiness(dn, "bob@src.test", "USER_MAILBOX", List.of(finding)),
                        new MailboxReadiness(
                                "CN=Ada Lovelace,OU=People,DC=src,DC=test",
                                "ada@src.test",
                                "USER_MAILBOX",
                                List.of())));
    }

    @Test
    void theHtmlPageEscapesEveryDirectoryValueAndIsSelfContained() throws Exception {
        StringWriter html = new StringWriter();

        HtmlReportWriter.write(hostileReport(), html);

        String page = html.toString();
        assertThat(page)
                .doesNotContain("<script>")
                .doesNotContain("<b>")
                .contains("CN=&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;Bob&quot;,OU=Sales\\, EMEA")
                .contains("src.test &lt;b&gt;→&lt;/b&gt; tgt.test")
                .contains("2 mailboxes: 1 ready, 0 blocked, 1 in conflict")
                .contains("<td class=\"CONFLICT\">conflict</td>")
                .doesNotContain("src=")
                .doesNotContain("href=")
                .startsWith("<!DOCTYPE html>");
    }

    @Test
    void theCsvQuotesCommasQuotesAndLineBreaksAndDefusesFormulas() throws Exception {
        StringWriter csv = new StringWriter();

        CsvReportWriter.write(hostileReport(), csv);

        String[] rows = csv.toString().split("\r\n", -1);
        assertThat(rows[0]).isEqualTo("status,primarySmtp,dn,kind,code,severity,explanation,fix");
        assertThat(rows[1])
                .isEqualTo("conflict,bob@src.test,"
                        + "\"CN=<script>alert('x')</script> & \"\"Bob\"\",OU=Sales\\, EMEA,DC=src,DC=test\","
                        + "USER_MAILBOX,GB-E1,error,"
                        + "\"Target object CN=Bob,OU=x already holds [smtp:bob@src.test, SMTP:\"\"b,o\"\"@src.test].\","
                        + "\"'=HYPERLINK(\"\"http://evil\"\")\nthen rerun\"");
        assertThat(rows[2])
                .isEqualTo("ready,ada@src.test,\"CN=Ada Lovelace,OU=People,DC=src,DC=test\",USER_MAILBOX,,,,");
        assertThat(rows[3]).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "plain|plain",
                "a,b|\"a,b\"",
                "say \"hi\"|\"say \"\"hi\"\"\"",
                "+1 555 0100|'+1 555 0100",
                "@SUM(A1)|'@SUM(A1)",
                "-2|'-2"
            })
    void quotesOneCell(String value, String expected) {
        assertThat(CsvReportWriter.cell(value)).isEqualTo(expected);
    }
}
