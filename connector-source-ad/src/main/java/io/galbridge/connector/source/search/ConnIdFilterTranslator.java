package io.galbridge.connector.source.search;

import com.unboundid.ldap.sdk.Filter;
import io.galbridge.ad.value.GuidCodec;
import io.galbridge.connector.source.schema.RecipientAttribute;
import io.galbridge.connector.source.schema.RecipientSchema;
import io.galbridge.connector.source.schema.ValueKind;
import io.galbridge.mapping.model.AttributeNames;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
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
 * Translates ConnId filters into UnboundID {@link Filter} objects; values go in as assertion values (the
 * SDK escapes them), never as filter text, so no value can change a filter's structure.
 *
 * <ul>
 *   <li>{@code __UID__} equality: {@code (objectGUID=<16 bytes>)}, the UID parsed case-insensitively;
 *   <li>{@code __NAME__} equality: {@code (distinguishedName=<dn>)}, which {@link RecipientSearch} turns into
 *       a base-scope read of that DN (so it also works on servers without a distinguishedName attribute);
 *   <li>catalog attributes: equality and substrings on the value's LDAP form (GUIDs and SIDs as bytes);
 *   <li>{@code primarySmtpAddress} and {@code x500Addresses}: equality on the proxyAddresses value;
 *   <li>case-insensitive equality (what Syncope sends with "ignoreCaseMatch"): the same LDAP equality, since
 *       AD matches DNs, parsed GUIDs and its string syntaxes without regard to case (decision 0004);
 *   <li>And, Or, Not.
 * </ul>
 *
 * Anything else (ordering filters, substrings on binary or computed attributes, {@code recipientKind})
 * yields no LDAP filter: ConnId's framework then filters on the connector side. Not thread-safe; one per
 * query, as ConnId uses it.
 */
public final class ConnIdFilterTranslator extends AbstractFilterTranslator<Filter> {

    /** The attribute a NAME equality is expressed on. */
    public static final String DN_ATTRIBUTE = "distinguishedName";

    private final RecipientSchema schema;

    /** @param schema the recipient schema; not null */
    public ConnIdFilterTranslator(RecipientSchema schema) {
        this.schema = Objects.requireNonNull(schema, "schema");
    }

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
        Optional<Filter> f = equality(filter.getAttribute());
        return f.map(x -> not ? Filter.createNOTFilter(x) : x).orElse(null);
    }

    @Override
    protected Filter createEqualsIgnoreCaseExpression(EqualsIgnoreCaseFilter filter, boolean not) {
        return createEqualsExpression(new EqualsFilter(filter.getAttribute()), not);
    }

    @Override
    protected Filter createStartsWithExpression(StartsWithFilter filter, boolean not) {
        return substring(filter.getAttribute(), filter.getValue(), Position.START, not);
    }

    @Override
    protected Filter createEndsWithExpression(EndsWithFilter filter, boolean not) {
        return substring(filter.getAttribute(), filter.getValue(), Position.END, not);
    }

    @Override
    protected Filter createContainsExpression(ContainsFilter filter, boolean not) {
        return substring(filter.getAttribute(), filter.getValue(), Position.ANY, not);
    }

    private enum Position {
        START,
        END,
        ANY
    }

    private Optional<Filter> equality(Attribute attribute) {
        List<Object> values = attribute.getValue();
        if (values == null || values.size() != 1 || values.get(0) == null) {
            return Optional.empty();
        }
        Object value = values.get(0);
        String name = attribute.getName();
        if (attribute.is(Uid.NAME)) {
            return Optional.of(GuidCodec.INSTANCE.uidFilter(String.valueOf(value)));
        }
        if (attribute.is(Name.NAME)) {
            return Optional.of(Filter.createEqualityFilter(DN_ATTRIBUTE, String.valueOf(value)));
        }
        if (name.equalsIgnoreCase(RecipientSchema.PRIMARY_SMTP_ADDRESS) && value instanceof String s) {
            return Optional.of(Filter.createEqualityFilter(AttributeNames.PROXY_ADDRESSES, "SMTP:" + s));
        }
        if (name.equalsIgnoreCase(RecipientSchema.X500_ADDRESSES) && value instanceof String s) {
            return Optional.of(Filter.createEqualityFilter(AttributeNames.PROXY_ADDRESSES, "X500:" + s));
        }
        Optional<RecipientAttribute> def = schema.attribute(name);
        if (def.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Filter.createEqualityFilter(
                    def.get().name(), def.get().kind().toLdap(value)));
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw new InvalidAttributeValueException(
                    "filter on " + name + ": value '" + value + "' does not fit the attribute: " + e.getMessage(), e);
        }
    }

    private Filter substring(Attribute attribute, String value, Position position, boolean not) {
        Optional<RecipientAttribute> def = schema.attribute(attribute.getName());
        if (value == null
                || value.isEmpty()
                || def.isEmpty()
                || def.get().kind() != ValueKind.STRING
                || attribute.is(Uid.NAME)
                || attribute.is(Name.NAME)) {
            return null;
        }
        String n = def.get().name();
        Filter f =
                switch (position) {
                    case START -> Filter.createSubstringFilter(n, value, null, null);
                    case END -> Filter.createSubstringFilter(n, null, null, value);
                    case ANY -> Filter.createSubstringFilter(n, null, new String[] {value}, null);
                };
        return not ? Filter.createNOTFilter(f) : f;
    }
}
