package io.galbridge.hosttest;

import java.util.ArrayList;
import java.util.List;
import org.identityconnectors.framework.common.objects.ConnectorObject;
import org.identityconnectors.framework.common.objects.SearchResult;
import org.identityconnectors.framework.spi.SearchResultsHandler;

/**
 * Collects search results the way hosts do: as a {@link SearchResultsHandler}. A plain {@code ResultsHandler}
 * (a lambda) fails (always on ConnId 1.6.1.0, under load on 1.5.2.0) with a ClassCastException inside the framework
 * ({@code StreamHandlerUtil.ObjectStreamHandlerAdapter} casts the caller's handler to
 * {@code SearchResultsHandler} when the connector reports a {@link SearchResult}), so every caller of a
 * connector that reports search results must pass one. Not thread-safe.
 */
final class ObjectList implements SearchResultsHandler {

    private final List<ConnectorObject> objects = new ArrayList<>();
    private SearchResult result;

    @Override
    public boolean handle(ConnectorObject object) {
        objects.add(object);
        return true;
    }

    @Override
    public void handleResult(SearchResult searchResult) {
        result = searchResult;
    }

    /** The objects received, in order. */
    List<ConnectorObject> objects() {
        return List.copyOf(objects);
    }

    /** The search result the connector reported, or null if none. */
    SearchResult result() {
        return result;
    }
}
