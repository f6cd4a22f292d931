package io.galbridge.ad.value;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * AD Generalized Time (syntax 2.5.5.11), e.g. whenChanged {@code 20261122001530.0Z}, always UTC.
 *
 * <p>Written the way AD writes it: seconds precision and {@code .0Z}. Read: {@code yyyyMMddHHmmss}
 * with an optional fraction of up to nine digits and {@code Z} (AD and Samba only send UTC). Stateless and
 * thread-safe.
 */
public final class GeneralizedTimeCodec implements AttributeCodec<Instant> {

    /** The shared instance. */
    public static final GeneralizedTimeCodec INSTANCE = new GeneralizedTimeCodec();

    private static final Pattern FORM = Pattern.compile("(\\d{14})(?:[.,](\\d{1,9}))?Z");
    private static final DateTimeFormatter SECONDS =
            DateTimeFormatter.ofPattern("uuuuMMddHHmmss", Locale.ROOT).withZone(ZoneOffset.UTC);

    private GeneralizedTimeCodec() {}

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException if the text is not a UTC generalized time
     */
    @Override
    public Instant decode(byte[] raw) {
        String text = new String(raw, StandardCharsets.UTF_8).strip();
        Matcher m = FORM.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a UTC generalized time like 20261122001530.0Z");
        }
        try {
            Instant seconds = SECONDS.parse(m.group(1), Instant::from);
            String fraction = m.group(2);
            if (fraction == null) {
                return seconds;
            }
            int nanos = Integer.parseInt((fraction + "000000000").substring(0, 9));
            return seconds.plusNanos(nanos);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "' is not a valid date and time", e);
        }
    }

    /** Writes seconds precision (a fraction is dropped), e.g. {@code 20261122001530.0Z}. */
    @Override
    public byte[] encode(Instant value) {
        return (SECONDS.format(value) + ".0Z").getBytes(StandardCharsets.UTF_8);
    }
}
