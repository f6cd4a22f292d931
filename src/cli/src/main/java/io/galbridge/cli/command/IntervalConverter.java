package io.galbridge.cli.command;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;

/**
 * Parses a watch interval: {@code 30s}, {@code 5m}, {@code 1h}, or ISO-8601 ({@code PT5M}). At least ten
 * seconds, so that a typo cannot hammer the domain controllers.
 */
public final class IntervalConverter implements ITypeConverter<Duration> {

    /** The shortest accepted interval. */
    public static final Duration MINIMUM = Duration.ofSeconds(10);

    private static final Pattern SHORT = Pattern.compile("(\\d{1,9})([smh])");

    @Override
    public Duration convert(String value) {
        Duration interval = parse(value.strip().toLowerCase(Locale.ROOT));
        if (interval.compareTo(MINIMUM) < 0) {
            throw new CommandLine.TypeConversionException(
                    "interval '" + value + "' is shorter than " + MINIMUM.toSeconds() + " seconds");
        }
        return interval;
    }

    private static Duration parse(String value) {
        Matcher m = SHORT.matcher(value);
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            return switch (m.group(2)) {
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                default -> Duration.ofHours(n);
            };
        }
        try {
            return Duration.parse(value.toUpperCase(Locale.ROOT));
        } catch (DateTimeParseException e) {
            throw new CommandLine.TypeConversionException(
                    "interval '" + value + "' is not a duration: use e.g. 30s, 5m, 1h or PT5M");
        }
    }
}
