package io.galbridge.cli.run;

import io.galbridge.cli.config.ForestConnection;
import io.galbridge.cli.config.GalbridgeConfig;
import io.galbridge.cli.connid.BundleDirectory;
import io.galbridge.cli.connid.ConnectorCatalog;
import io.galbridge.cli.connid.ConnectorNames;
import io.galbridge.cli.connid.ConnectorProperties;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.identityconnectors.framework.api.ConnectorFacade;

/**
 * Opens the ConnId facades of one configuration: one source facade per source forest and target facades
 * with optional extra properties (the pre-staging switches); ConnId's pool of connector instances is sized for
 * the configured {@code parallelism}. The target's ownership attribute comes from
 * the rules ({@code ownership.attribute}). Immutable.
 */
public final class Facades {

    private final GalbridgeConfig config;
    private final ConnectorCatalog catalog;

    private Facades(GalbridgeConfig config, ConnectorCatalog catalog) {
        this.config = config;
        this.catalog = catalog;
    }

    /**
     * Loads the packaged bundles.
     *
     * @param config the configuration; never null
     * @return the facades' factory; never null
     */
    public static Facades open(GalbridgeConfig config) {
        Objects.requireNonNull(config, "config");
        return new Facades(config, ConnectorCatalog.load(BundleDirectory.jars(BundleDirectory.locate())));
    }

    /** The configuration. */
    public GalbridgeConfig config() {
        return config;
    }

    /** The source connector of one source forest, with extra properties (may be empty). */
    public ConnectorFacade source(ForestConnection source, Map<String, Object> extra) {
        Map<String, Object> properties = new LinkedHashMap<>(ConnectorProperties.forSource(source));
        properties.putAll(extra);
        return catalog.open(ConnectorNames.SOURCE, properties, threads());
    }

    /** The target connector, with extra properties (may be empty), e.g. the pre-staging switches. */
    public ConnectorFacade target(Map<String, Object> extra) {
        Map<String, Object> properties =
                new LinkedHashMap<>(ConnectorProperties.forTarget(config.target(), config.sources()));
        properties.put("ownershipAttribute", ownershipAttribute());
        properties.putAll(extra);
        return catalog.open(ConnectorNames.TARGET, properties, threads());
    }

    /** The threads that may use a facade at once: the sync's workers and the thread that feeds them. */
    private int threads() {
        return config.parallelism() + 1;
    }

    /** The attribute that carries galbridge's ownership mark in the target. */
    public String ownershipAttribute() {
        return config.rules().settings().ownership().attribute();
    }
}
