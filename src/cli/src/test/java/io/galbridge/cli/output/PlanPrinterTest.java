package io.galbridge.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanPrinterTest {

    static final PlannedAction CREATE_CONTACT = new PlannedAction(
            Action.CREATE,
            "tgt.test",
            "CN=Ada Lovelace,OU=GAL Contacts,DC=tgt,DC=test",
            List.of(
                    new PlannedAction.AttributeChange("targetAddress", List.of(), List.of("SMTP:ada@src.test")),
                    new PlannedAction.AttributeChange(
                            "proxyAddresses",
                            List.of("smtp:old@src.test"),
                            List.of(
                                    "X500:/o=SRC/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=ada"))),
            "");

    /** The X500 back-flow of the replica's legacyExchangeDN to its source recipient. */
    static final PlannedAction WRITE_BACK_X500 = new PlannedAction(
            Action.WRITE_BACK,
            "src.test",
            "CN=Ada Lovelace,OU=Staff,DC=src,DC=test",
            List.of(new PlannedAction.AttributeChange(
                    "proxyAddresses",
                    List.of(),
                    List.of("X500:/o=TGT/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=ada7f3"))),
            "X500 of replica CN=Ada Lovelace,OU=GAL Contacts,DC=tgt,DC=test");

    private static String print(OutputFormat format, boolean dryRun) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PlanPrinter printer = new PlanPrinter(format, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        RunSummary summary = new RunSummary();
        printer.print(CREATE_CONTACT);
        summary.count(Action.CREATE);
        printer.print(WRITE_BACK_X500);
        summary.count(Action.WRITE_BACK);
        printer.print(new PlannedAction(
                Action.SKIP, "tgt.test", "CN=Room 1,OU=Rooms,DC=src,DC=test", List.of(), "GB-E11 hidden"));
        summary.count(Action.SKIP);
        printer.summary(summary, dryRun);
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void textShowsActionDnAndAttributeDiffThenTheSummary() {
        assertThat(print(OutputFormat.TEXT, true).split("\n"))
                .containsExactly(
                        "create   CN=Ada Lovelace,OU=GAL Contacts,DC=tgt,DC=test  (tgt.test)",
                        "           targetAddress: + SMTP:ada@src.test",
                        "           proxyAddresses: - smtp:old@src.test",
                        "           proxyAddresses: + X500:/o=SRC/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)"
                                + "/cn=Recipients/cn=ada",
                        "write-back CN=Ada Lovelace,OU=Staff,DC=src,DC=test  (src.test)  X500 of replica CN=Ada"
                                + " Lovelace,OU=GAL Contacts,DC=tgt,DC=test",
                        "           proxyAddresses: + X500:/o=TGT/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)"
                                + "/cn=Recipients/cn=ada7f3",
                        "skip     CN=Room 1,OU=Rooms,DC=src,DC=test  (tgt.test)  GB-E11 hidden",
                        "dry run, nothing written: would have created 1, updated 0, deleted 0, converted 0, written"
                                + " back 1, skipped 1, errors 0");
    }

    @Test
    void jsonIsOneObjectPerLine() {
        String[] lines = print(OutputFormat.JSON, false).split("\n");

        assertThat(lines).hasSize(4);
        assertThat(lines[0])
                .isEqualTo("{\"type\":\"plan\",\"action\":\"create\",\"forest\":\"tgt.test\","
                        + "\"dn\":\"CN=Ada Lovelace,OU=GAL Contacts,DC=tgt,DC=test\",\"changes\":["
                        + "{\"attribute\":\"targetAddress\",\"remove\":[],\"add\":[\"SMTP:ada@src.test\"]},"
                        + "{\"attribute\":\"proxyAddresses\",\"remove\":[\"smtp:old@src.test\"],\"add\":"
                        + "[\"X500:/o=SRC/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=ada\"]}],"
                        + "\"reason\":\"\"}");
        assertThat(lines[1])
                .startsWith("{\"type\":\"plan\",\"action\":\"write-back\",\"forest\":\"src.test\","
                        + "\"dn\":\"CN=Ada Lovelace,OU=Staff,DC=src,DC=test\",\"changes\":[{\"attribute\":"
                        + "\"proxyAddresses\",\"remove\":[],\"add\":[\"X500:/o=TGT/");
        assertThat(lines[3])
                .isEqualTo("{\"type\":\"summary\",\"dryRun\":false,\"created\":1,\"updated\":0,\"deleted\":0,"
                        + "\"converted\":0,\"writtenBack\":1,\"skipped\":1,\"errors\":0}");
    }

    @Test
    void progressPrintsPlainLinesAtEachTenthWithoutATerminal() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Progress progress =
                new Progress(new PrintStream(bytes, true, StandardCharsets.UTF_8), false, "src.test recipients", 20);
        for (int i = 0; i < 20; i++) {
            progress.step();
        }
        progress.finish();

        String[] lines = bytes.toString(StandardCharsets.UTF_8).split("\n");
        assertThat(lines).hasSize(10).doesNotContain("\r");
        assertThat(lines[0]).isEqualTo("src.test recipients: 2/20 (10%)");
        assertThat(lines[9]).isEqualTo("src.test recipients: 20/20 (100%)");
    }

    @Test
    void progressRedrawsOneBarOnATerminal() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Progress progress = new Progress(new PrintStream(bytes, true, StandardCharsets.UTF_8), true, "mailboxes", 3);
        progress.step();
        progress.step();
        progress.step();
        progress.finish();

        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(out).startsWith("\r[##########                    ] mailboxes: 1/3 (33%)");
        assertThat(out).endsWith("\r[##############################] mailboxes: 3/3 (100%)\n");
        assertThat(out.chars().filter(c -> c == '\n').count()).isEqualTo(1);
    }
}
