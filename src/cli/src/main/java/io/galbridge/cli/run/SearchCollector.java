package io.galbridge.cli.run;

import java.util.ArrayList;
import java.util.List;
import org.identityconnectors.framework.common.objects.ConnectorObject;
import org.identityconnectors.framework.common.objects.SearchResult;
import org.identityconnectors.framework.spi.SearchResultsHandler;

/**
 * Collects a facade search's results into a list. A full {@link SearchResultsHandler}, not a lambda: ConnId
 * 1.5's buffered search proxy casts the handler to {@code SearchResultsHandler} on some paths (a lambda
 * {@code ResultsHandler} fails there with a ClassCastException). Confined to one thread.
 */
public final class SearchCollector implements SearchResultsHandler {

    private final List<ConnectorObject> objects = new ArrayList<>();

    @Override
    public boolean handle(ConnectorObject object) {
        objects.add(object);
        return true;
    }

    @Override
    public void handleResult(SearchResult result) {
        // every page was handled; nothing to keep
    }

    /** The objects collected, in arrival order. */
    public List<ConnectorObject> objects() {
        return List.copyOf(objects);
    }
}
