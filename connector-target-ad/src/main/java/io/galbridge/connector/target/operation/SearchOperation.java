package io.galbridge.connector.target.operation;

import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.SearchScope;
import io.galbridge.connector.target.TargetSettings;
import io.galbridge.connector.target.directory.BackLinks;
import io.galbridge.connector.target.directory.TargetDirectory;
import io.galbridge.mapping.model.DirectoryEntry;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.identityconnectors.framework.common.exceptions.ConnectorException;
import org.identityconnectors.framework.common.objects.ObjectClass;
import org.identityconnectors.framework.common.objects.OperationOptions;
import org.identityconnectors.framework.common.objects.ResultsHandler;

/**
 * Searches one object class: galContact below the contact OU, mailUser below the mail-user OU, recipient
 * (every mail-enabled user, contact or group) in the domain. Nothing matching returns nothing. Thread-safe.
 */
public final class SearchOperation {

    private final TargetDirectory directory;
    private final TargetSettings settings;
    private final ConnectorObjects objects;
    private final BackLinks backLinks;

    public SearchOperation(TargetDirectory directory) {
        this.directory = directory;
        this.settings = directory.settings();
        this.objects = new ConnectorObjects(settings);
        this.backLinks = new BackLinks(directory);
    }

    public void search(ObjectClass oc, Filter query, ResultsHandler handler, OperationOptions options) {
        String base;
        Filter scope;
        if (oc.equals(TargetAttributes.GAL_CONTACT)) {
            base = settings.target().galContactOu();
            scope = Filter.createEqualityFilter("objectClass", "contact");
        } else if (oc.equals(TargetAttributes.MAIL_USER)) {
            base = settings.target().mailUserOu();
            scope = Filter.createANDFilter(
                    Filter.createEqualityFilter("objectClass", "user"),
                    Filter.createNOTFilter(Filter.createEqualityFilter("objectClass", "computer")));
        } else if (oc.equals(TargetAttributes.RECIPIENT)) {
            base = settings.baseDn().toString();
            scope = Filter.createANDFilter(
                    Filter.createORFilter(
                            Filter.createEqualityFilter("objectClass", "user"),
                            Filter.createEqualityFilter("objectClass", "contact"),
                            Filter.createEqualityFilter("objectClass", "group")),
                    Filter.createORFilter(
                            Filter.createPresenceFilter("proxyAddresses"),
                            Filter.createPresenceFilter("mailNickname")));
        } else {
            throw new ConnectorException("Unsupported object class " + oc);
        }
        Filter filter = query == null ? scope : Filter.createANDFilter(scope, query);
        Set<String> requested = options == null || options.getAttributesToGet() == null
                ? null
                : new HashSet<>(List.of(options.getAttributesToGet()));
        boolean memberOf = oc.equals(TargetAttributes.RECIPIENT)
                && (requested == null || requested.stream().anyMatch("memberOf"::equalsIgnoreCase));
        RequestedAttributes wanted = RequestedAttributes.of(requested);
        List<DirectoryEntry> found = new ArrayList<>();
        directory.search(base, SearchScope.SUB, filter, found::add, TargetDirectory.ALL);
        for (DirectoryEntry e : found) {
            DirectoryEntry shown = memberOf ? backLinks.complete(e) : e;
            if (!handler.handle(objects.toObject(oc, shown, wanted))) {
                return;
            }
        }
    }
}
