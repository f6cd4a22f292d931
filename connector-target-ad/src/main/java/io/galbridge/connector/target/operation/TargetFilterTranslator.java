package io.galbridge.connector.target.operation;

import com.unboundid.ldap.sdk.Filter;
import io.galbridge.ad.value.GuidCodec;
import java.util.List;
import org.identityconnectors.framework.common.exceptions.InvalidAttributeValueException;
import org.identityconnectors.framework.common.objects.Attribute;
import org.identityconnectors.framework.common.objects.Name;
import org.identityconnectors.framework.common.objects.Uid;
import org.identityconnectors.framework.common.objects.filter.AbstractFilterTranslator;
import org.identityconnectors.framework.common.objects.filter.ContainsFilter;
import org.identityconnectors.framework.common.objects.filter.EndsWithFilter;
import org.identityconnectors.framework.common.objects.filter.EqualsFilter;
import org.identityconnectors.framework.common.objects.filter.EqualsIgnoreCaseFilter;
import org.identityconnectors.framework.common.objects.filter.StartsWithFilter;

/**
 * Translates ConnId filters into UnboundID {@link Filter} objects (never strings): equality (also the
 * case-insensitive equality hosts such as Syncope send, see decision 0004), starts-with, ends-with, contains,
 * and/or/not. {@code __UID__} becomes a binary objectGUID equality, {@code __NAME__} a
 * distinguishedName equality; binary attributes compare as bytes. What cannot be translated is left to the
 * framework's filtering (the translator returns nothing for it). Stateless.
 */
public final class TargetFilterTranslator extends AbstractFilterTranslator<Filter> {

    @Override
    protected Filter createAndExpression(Filter left, Filter right) {
        return Filter.createANDFilter(left, right);
    }

    @Override
    protected Filter createOrExpression(Filter left, Filter right) {
        return Filter.createORFilter(left, right);
    }

    @Override
    protected Filter createEqualsExpression(EqualsFilter filter, boolean not) {
        Attribute a = filter.getAttribute();
        List<Object> values = a.getValue();
        if (values == null || values.size() != 1 || values.get(0) == null) {
            return null;
        }
        Object v = values.get(0);
        Filter f;
        if (a.is(Uid.NAME)) {
            try {
                f = GuidCodec.INSTANCE.uidFilter(String.valueOf(v));
            } catch (RuntimeException e) {
                throw new InvalidAttributeValueException("'" + v + "' is not an objectGUID UID: " + e.getMessage(), e);
            }
        } else if (v instanceof byte[] bytes) {
            f = Filter.createEqualityFilter(ldapName(a), bytes);
        } else {
            f = Filter.createEqualityFilter(ldapName(a), String.valueOf(v));
        }
        return not ? Filter.createNOTFilter(f) : f;
    }

    /**
     * The same LDAP equality as {@link #createEqualsExpression}: AD matches DNs, parsed GUIDs and its string
     * syntaxes without regard to case, so the directory already answers what the host asks (decision 0004).
     */
    @Override
    protected Filter createEqualsIgnoreCaseExpression(EqualsIgnoreCaseFilter filter, boolean not) {
        return createEqualsExpression(new EqualsFilter(filter.getAttribute()), not);
    }

    @Override
    protected Filter createStartsWithExpression(StartsWithFilter filter, boolean not) {
        return substring(filter.getAttribute(), filter.getValue(), null, null, not);
    }

    @Override
    protected Filter createEndsWithExpression(EndsWithFilter filter, boolean not) {
        return substring(filter.getAttribute(), null, null, filter.getValue(), not);
    }

    @Override
    protected Filter createContainsExpression(ContainsFilter filter, boolean not) {
        return substring(filter.getAttribute(), null, filter.getValue(), null, not);
    }

    private static Filter substring(Attribute a, String start, String any, String end, boolean not) {
        if (a.is(Uid.NAME) || TargetAttributes.in(TargetAttributes.BINARY, a.getName())) {
            return null;
        }
        Filter f = Filter.createSubstringFilter(ldapName(a), start, any == null ? null : new String[] {any}, end);
        return not ? Filter.createNOTFilter(f) : f;
    }

    private static String ldapName(Attribute a) {
        return a.is(Name.NAME) ? "distinguishedName" : a.getName();
    }
}
