package io.galbridge.ad.value;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.identityconnectors.framework.common.objects.Attribute;
import org.identityconnectors.framework.common.objects.AttributeBuilder;
import org.identityconnectors.framework.common.objects.Uid;

/**
 * The one normalisation both connectors give ConnId ({@code AttributeNormalizer}): a {@code __UID__} value is
 * the objectGUID string (see {@link GuidCodec}), which AD compares as bytes, so the framework must compare it
 * case-insensitively too. The normaliser strips surrounding blanks and lower-cases every string value with
 * {@link Locale#ROOT}; a {@link Uid}'s name hint and revision are kept. Every other attribute is returned as
 * it is. Stateless and thread-safe.
 */
public final class UidNormalizer {

    private UidNormalizer() {}

    /**
     * Normalises one attribute for ConnId's comparisons.
     *
     * @param attribute the attribute as a host or the connector passed it; may be null
     * @return the same instance unless it is a {@code __UID__} with values; then a {@code __UID__} with stripped,
     *     lower-case string values (non-string values unchanged); null if {@code attribute} is null
     */
    public static Attribute normalize(Attribute attribute) {
        if (attribute == null || !isUid(attribute) || attribute.getValue() == null) {
            return attribute;
        }
        if (attribute instanceof Uid uid) {
            String value = lower(uid.getUidValue());
            return uid.getRevision() == null
                    ? new Uid(value, uid.getNameHint())
                    : new Uid(value, uid.getRevision(), uid.getNameHint());
        }
        List<Object> values = new ArrayList<>(attribute.getValue().size());
        for (Object v : attribute.getValue()) {
            values.add(v instanceof String s ? lower(s) : v);
        }
        return AttributeBuilder.build(Uid.NAME, values);
    }

    /**
     * Whether the attribute is {@code __UID__}: ConnId's own test ({@code Attribute.is}) upper-cases both names on
     * every call, and ConnId normalises every attribute of every object it passes; a {@link Uid} instance needs no
     * name comparison, any other attribute one {@link String#equalsIgnoreCase}, which allocates nothing (the same
     * answer as ConnId's, except that ConnId's upper-casing in a Turkish default locale misses a lower-case
     * {@code __uid__}).
     */
    private static boolean isUid(Attribute attribute) {
        return attribute instanceof Uid || Uid.NAME.equalsIgnoreCase(attribute.getName());
    }

    private static String lower(String value) {
        return value == null ? null : value.strip().toLowerCase(Locale.ROOT);
    }
}
