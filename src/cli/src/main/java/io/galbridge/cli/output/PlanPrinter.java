package io.galbridge.cli.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;

/**
 * Prints plans and the run summary to standard output, as readable lines or as JSON lines.
 *
 * <p>Text: {@code create  CN=Ada Lovelace,OU=GAL Contacts,DC=tgt,DC=test  (tgt.test)} followed by one
 * indented line per attribute ({@code + value}, {@code - value}); JSON: one object per line, {@code
 * {"type":"plan","action":"create","forest":...,"dn":...,"changes":[{"attribute":..,"add":[..],"remove":[..]}],
 * "reason":..}} and, last, {@code {"type":"summary","dryRun":false,"created":3,"updated":1,"deleted":0,
 * "converted":0,"writtenBack":3,"skipped":5,"errors":0}} (one count per {@link Action}, in its order, keyed by
 * {@link Action#summaryKey}).
 */
public final class PlanPrinter {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final OutputFormat format;
    private final PrintStream out;

    /**
     * @param format text or JSON lines; never null
     * @param out where to print; never null
     */
    public PlanPrinter(OutputFormat format, PrintStream out) {
        this.format = Objects.requireNonNull(format, "format");
        this.out = Objects.requireNonNull(out, "out");
    }

    /** Prints one object's plan. */
    public void print(PlannedAction a) {
        out.print(render(a));
    }

    /**
     * One object's plan as {@link #print} prints it, line breaks included: a pure function, so that callers can
     * format outside a lock and print under it.
     */
    public String render(PlannedAction a) {
        String nl = System.lineSeparator();
        if (format == OutputFormat.JSON) {
            ObjectNode o = JSON.createObjectNode()
                    .put("type", "plan")
                    .put("action", a.action().label())
                    .put("forest", a.forest())
                    .put("dn", a.dn());
            ArrayNode changes = o.putArray("changes");
            for (PlannedAction.AttributeChange c : a.changes()) {
                ObjectNode change = changes.addObject().put("attribute", c.attribute());
                strings(change.putArray("remove"), c.removed());
                strings(change.putArray("add"), c.added());
            }
            o.put("reason", a.reason());
            return json(o) + nl;
        }
        StringBuilder text = new StringBuilder()
                .append(String.format(
                        java.util.Locale.ROOT, "%-8s %s  (%s)", a.action().label(), a.dn(), a.forest()))
                .append(a.reason().isEmpty() ? "" : "  " + a.reason())
                .append(nl);
        for (PlannedAction.AttributeChange c : a.changes()) {
            c.removed().forEach(v -> text.append("           ")
                    .append(c.attribute())
                    .append(": - ")
                    .append(v)
                    .append(nl));
            c.added().forEach(v -> text.append("           ")
                    .append(c.attribute())
                    .append(": + ")
                    .append(v)
                    .append(nl));
        }
        return text.toString();
    }

    /** Prints the summary line that ends every run. */
    public void summary(RunSummary summary, boolean dryRun) {
        if (format == OutputFormat.JSON) {
            ObjectNode o = JSON.createObjectNode().put("type", "summary").put("dryRun", dryRun);
            for (Action action : Action.values()) {
                o.put(action.summaryKey(), summary.get(action));
            }
            out.println(json(o));
            return;
        }
        out.println((dryRun ? "dry run, nothing written: would have " : "") + summary.line());
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    private static String json(ObjectNode o) {
        try {
            return JSON.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
