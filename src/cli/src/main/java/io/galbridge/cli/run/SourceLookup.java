package io.galbridge.cli.run;

import io.galbridge.cli.identity.Identity;
import java.util.List;
import org.identityconnectors.framework.api.ConnectorFacade;
import org.identityconnectors.framework.common.objects.AttributeBuilder;
import org.identityconnectors.framework.common.objects.ConnectorObject;
import org.identityconnectors.framework.common.objects.Name;
import org.identityconnectors.framework.common.objects.Uid;
import org.identityconnectors.framework.common.objects.filter.Filter;
import org.identityconnectors.framework.common.objects.filter.FilterBuilder;

/**
 * Finds the source recipients an identity names, through the source facade: an SMTP address by the
 * primary SMTP address or a secondary {@code smtp:} proxy address (ConnId's own result filter compares
 * multi-valued attributes by containment, hence no plain equality on proxyAddresses), a DN by {@code __NAME__}, an alias by mailNickname, a GUID by
 * objectGUID or msExchMailboxGuid. Stateless.
 */
public final class SourceLookup {

    private SourceLookup() {}

    /**
     * @param source the source facade; never null
     * @param identity what to find; never null
     * @return every recipient it names (none, one, or several when it is ambiguous); never null
     */
    public static List<ConnectorObject> find(ConnectorFacade source, Identity identity) {
        SearchCollector found = new SearchCollector();
        source.search(ObjectClassNames.SOURCE_RECIPIENT, filter(identity), found, null);
        return found.objects();
    }

    private static Filter filter(Identity identity) {
        String v = identity.value();
        return switch (identity.kind()) {
            case SMTP ->
                FilterBuilder.or(
                        FilterBuilder.equalTo(AttributeBuilder.build("primarySmtpAddress", v)),
                        FilterBuilder.containsAllValues(AttributeBuilder.build("proxyAddresses", "smtp:" + v)));
            case DN -> FilterBuilder.equalTo(new Name(v));
            case ALIAS -> FilterBuilder.equalTo(AttributeBuilder.build("mailNickname", v));
            case GUID ->
                FilterBuilder.or(
                        FilterBuilder.equalTo(new Uid(v)),
                        FilterBuilder.equalTo(AttributeBuilder.build("msExchMailboxGuid", v)));
        };
    }
}
