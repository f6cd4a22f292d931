package io.galbridge.hosttest;

import org.identityconnectors.framework.api.ResultsHandlerConfiguration;

/**
 * How a host configures ConnId's results handlers (the framework-side filtering and normalising of search
 * results), as the hosts galbridge targets ship them. Decision 0004 states which settings a host needs for
 * which {@code __NAME__} lookups.
 */
enum ResultsHandling {
    /** The framework's defaults: filtered and normalising handlers on, case-sensitive, not validating. */
    FRAMEWORK_DEFAULT(true, false, false, true),
    /** Apache Syncope: the defaults plus validation mode (a result the filter rejects is an error). */
    VALIDATING(true, true, false, true),
    /** Validation mode plus ConnId's case-insensitive filter ({@code enableCaseInsensitiveFilter}). */
    CASE_INSENSITIVE(true, true, true, true),
    /** midPoint 4.7 and later: every results handler off; the connector's filtering is final. */
    HANDLERS_OFF(false, false, false, false);

    private final boolean filtered;
    private final boolean validating;
    private final boolean caseInsensitive;
    private final boolean normalizing;

    ResultsHandling(boolean filtered, boolean validating, boolean caseInsensitive, boolean normalizing) {
        this.filtered = filtered;
        this.validating = validating;
        this.caseInsensitive = caseInsensitive;
        this.normalizing = normalizing;
    }

    /** Applies this setting to a facade's API configuration. */
    void applyTo(ResultsHandlerConfiguration configuration) {
        configuration.setEnableFilteredResultsHandler(filtered);
        configuration.setFilteredResultsHandlerInValidationMode(validating);
        configuration.setEnableCaseInsensitiveFilter(caseInsensitive);
        configuration.setEnableNormalizingResultsHandler(normalizing);
        configuration.setEnableAttributesToGetSearchResultsHandler(filtered);
    }
}
