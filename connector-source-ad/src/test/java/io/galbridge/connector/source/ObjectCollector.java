package io.galbridge.connector.source;

import java.util.List;
import org.identityconnectors.framework.common.objects.ConnectorObject;
import org.identityconnectors.framework.common.objects.SearchResult;
import org.identityconnectors.framework.spi.SearchResultsHandler;

/**
 * Adds searched objects to a list, as a {@link SearchResultsHandler}. A plain {@code ResultsHandler} lambda
 * is not enough: when the framework buffers results (its timeout proxy, seen on a loaded machine with
 * 1.5.2.0 and always with 1.6.1.0) it casts the caller's handler to {@code SearchResultsHandler} on the
 * connector's {@link SearchResult} and fails with a ClassCastException.
 */
record ObjectCollector(List<ConnectorObject> objects) implements SearchResultsHandler {

    @Override
    public boolean handle(ConnectorObject object) {
        objects.add(object);
        return true;
    }

    @Override
    public void handleResult(SearchResult result) {
        // the caller reads the result from search()'s return value
    }
}
