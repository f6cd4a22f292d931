package io.galbridge.cli.connid;

import io.galbridge.cli.ExitCode;
import io.galbridge.cli.GalbridgeException;
import java.io.File;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.identityconnectors.common.pooling.ObjectPoolConfiguration;
import org.identityconnectors.framework.api.APIConfiguration;
import org.identityconnectors.framework.api.ConfigurationProperties;
import org.identityconnectors.framework.api.ConfigurationProperty;
import org.identityconnectors.framework.api.ConnectorFacade;
import org.identityconnectors.framework.api.ConnectorFacadeFactory;
import org.identityconnectors.framework.api.ConnectorInfo;
import org.identityconnectors.framework.api.ConnectorInfoManager;
import org.identityconnectors.framework.api.ConnectorInfoManagerFactory;
import org.identityconnectors.framework.common.exceptions.ConnectorException;

/**
 * The connectors of the packaged bundles, loaded through ConnId's local connector manager (as midPoint
 * and Syncope load them), never from the command's class path.
 */
public final class ConnectorCatalog {

    /** ConnId's producer buffer size for every facade: 0, searches run on the caller's thread (see {@link #open}). */
    static final int PRODUCER_BUFFER_SIZE = 0;

    private final List<URL> bundles;
    private final ConnectorInfoManager manager;

    private ConnectorCatalog(List<URL> bundles, ConnectorInfoManager manager) {
        this.bundles = bundles;
        this.manager = manager;
    }

    /**
     * Loads the bundle jars.
     *
     * @param bundles the jars, e.g. {@link BundleDirectory#jars}; never null or empty
     * @throws GalbridgeException (exit 2) when ConnId refuses a bundle (manifest, lib/, framework version)
     */
    public static ConnectorCatalog load(List<URL> bundles) {
        List<URL> jars = List.copyOf(bundles);
        try {
            return new ConnectorCatalog(
                    jars, ConnectorInfoManagerFactory.getInstance().getLocalManager(jars.toArray(URL[]::new)));
        } catch (ConnectorException | IllegalStateException | NullPointerException e) {
            // ConnId 1.5 dereferences a missing manifest (NullPointerException) instead of refusing the jar
            throw new GalbridgeException(
                    ExitCode.USAGE, "ConnId refused the connector bundles " + names(jars) + ": " + e.getMessage(), e);
        }
    }

    /**
     * Finds a connector.
     *
     * @param connectorClass the connector's class name, e.g. {@link ConnectorNames#SOURCE}
     * @return its ConnId description
     * @throws GalbridgeException (exit 2) naming the bundles searched and the connectors found
     */
    public ConnectorInfo find(String connectorClass) {
        List<ConnectorInfo> infos = manager.getConnectorInfos();
        return infos.stream()
                .filter(i -> i.getConnectorKey().getConnectorName().equals(connectorClass))
                .findFirst()
                .orElseThrow(() -> new GalbridgeException(
                        ExitCode.USAGE,
                        "connector " + connectorClass + " is in none of the bundles " + names(bundles) + " (found: "
                                + (infos.isEmpty()
                                        ? "no connector"
                                        : String.join(
                                                ", ",
                                                infos.stream()
                                                        .map(i -> i.getConnectorKey()
                                                                .toString())
                                                        .toList()))
                                + ")"));
    }

    /**
     * Creates a facade for a connector configured with the given properties.
     *
     * @param connectorClass the connector's class name
     * @param properties property name → value, from {@link ConnectorProperties}; never null
     * @return the facade (connections are opened by its operations, not here)
     * @throws GalbridgeException (exit 2) when the connector is missing or lacks one of the properties
     */
    public ConnectorFacade open(String connectorClass, Map<String, Object> properties) {
        return open(connectorClass, properties, 0);
    }

    /**
     * Like {@link #open(String, Map)}, with ConnId's pool of connector instances (for poolable connectors) sized
     * for {@code threads} concurrent operations: at least that many instances may be in use and stay idle, so
     * that workers neither wait for an instance nor reconnect. ConnId's defaults apply when they are larger.
     *
     * <p>Every facade runs its searches and syncs on the calling thread: the producer buffer size is {@value
     * #PRODUCER_BUFFER_SIZE}. With ConnId's default of 100, its {@code DelegatingTimeoutProxy} wraps every search
     * (each {@code getObject} included) in a {@code BufferedResultsProxy}, which starts a new producer thread per
     * call and hands each result over through a queue; for the sync's per-object reads that thread start was a
     * large share of the command's CPU. ConnId 1.5.2.0 buffers only when the operation has a timeout or the buffer
     * size is not 0; galbridge sets no operation timeouts (ConnId's default for each is {@code NO_TIMEOUT}), so the
     * facade calls the connector directly and the handler runs on the caller's thread, inside the connector's
     * search. Should a host or a later version set a search timeout, ConnId buffers again (with its default size)
     * to enforce it, so the timeout keeps working; the LDAP-level timeouts are the connectors' own and unaffected.
     * A handler's exception now leaves through the connector's search, which ends it (galbridge's connectors pass
     * runtime exceptions of the handler through unchanged, as they do to stop a search early).
     *
     * @param threads how many threads use the facade at once; 0 keeps ConnId's defaults
     */
    public ConnectorFacade open(String connectorClass, Map<String, Object> properties, int threads) {
        ConnectorInfo info = find(connectorClass);
        APIConfiguration api = info.createDefaultAPIConfiguration();
        api.setProducerBufferSize(PRODUCER_BUFFER_SIZE);
        if (threads > 0 && api.isConnectorPoolingSupported()) {
            ObjectPoolConfiguration pool = api.getConnectorPoolConfiguration();
            pool.setMaxObjects(Math.max(pool.getMaxObjects(), threads));
            pool.setMaxIdle(Math.max(pool.getMaxIdle(), threads));
        }
        ConfigurationProperties target = api.getConfigurationProperties();
        for (Map.Entry<String, Object> e : properties.entrySet()) {
            ConfigurationProperty property = target.getProperty(e.getKey());
            if (property == null) {
                throw new GalbridgeException(
                        ExitCode.USAGE,
                        "connector " + connectorClass + " has no configuration property '" + e.getKey() + "' (it has: "
                                + String.join(", ", target.getPropertyNames()) + ")");
            }
            target.setPropertyValue(e.getKey(), convert(connectorClass, property, e.getValue()));
        }
        return ConnectorFacadeFactory.getInstance().newInstance(api);
    }

    /** Converts a neutral value to the type the property declares. The message never shows a password. */
    static Object convert(String connector, ConfigurationProperty property, Object value) {
        Objects.requireNonNull(value, property.getName());
        Class<?> type = property.getType();
        if (type.isInstance(value)) {
            return value;
        }
        if (type == File.class && value instanceof String s) {
            return new File(s);
        }
        if (type == boolean.class && value instanceof Boolean) {
            return value;
        }
        if ((type == int.class || type == Integer.class) && value instanceof Number n) {
            return n.intValue();
        }
        if ((type == long.class || type == Long.class) && value instanceof Number n) {
            return n.longValue();
        }
        if (type == String[].class && value instanceof String s) {
            return new String[] {s};
        }
        throw new GalbridgeException(
                ExitCode.USAGE,
                "connector " + connector + " declares property '" + property.getName() + "' as "
                        + type.getSimpleName() + ", which galbridge cannot fill from a "
                        + value.getClass().getSimpleName());
    }

    private static String names(List<URL> jars) {
        return String.join(", ", jars.stream().map(BundleDirectory::display).toList());
    }
}
