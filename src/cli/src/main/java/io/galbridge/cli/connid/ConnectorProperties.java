package io.galbridge.cli.connid;

import io.galbridge.cli.config.ForestConnection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one place that maps the configured forests to the ConnId configuration properties of the galbridge
 * connectors. Values are given in neutral types ({@code String}, {@code String[]}, {@code Boolean},
 * {@code GuardedString}); {@link ConnectorCatalog} converts them to the type each property declares.
 * Properties not set here keep the connector's default ({@code connectTimeoutMillis}, {@code
 * responseTimeoutMillis}, {@code pageSize}, {@code globalCatalogPort}, scope OUs, sync strategy, ownership
 * attribute, pre-staging switches). The connection properties have the same names and meaning in both
 * connectors (they share {@code io.galbridge.ad.connection.AbstractAdConfiguration}), so one method fills them.
 *
 * <table>
 *   <caption>configuration key → ConnId property</caption>
 *   <tr><th>key</th><th>source connector</th><th>target connector</th></tr>
 *   <tr><td>url</td><td>serverUrls (one element)</td><td>serverUrls (one element)</td></tr>
 *   <tr><td>startTls</td><td>startTls</td><td>startTls</td></tr>
 *   <tr><td>bindDn</td><td>bindDn</td><td>bindDn</td></tr>
 *   <tr><td>password</td><td>bindPassword (GuardedString)</td><td>bindPassword (GuardedString)</td></tr>
 *   <tr><td>caCertificate</td><td>caCertificateFile (absolute; only when set)</td><td>caCertificateFile</td></tr>
 *   <tr><td>forest</td><td>forestDnsName</td><td>forestDnsName</td></tr>
 *   <tr><td>baseDn</td><td>baseContexts (one element)</td><td>— (the connector works under its OUs)</td></tr>
 *   <tr><td>mailDomains</td><td>— (target's sourceForests)</td><td>mailDomains</td></tr>
 *   <tr><td>contactOu, mailUserOu</td><td>—</td><td>contactOu, mailUserOu</td></tr>
 *   <tr><td>legacyExchangeDnPrefix</td><td>—</td><td>legacyExchangeDnPrefix</td></tr>
 *   <tr><td>useGlobalCatalog</td><td>—</td><td>useGlobalCatalog</td></tr>
 *   <tr><td>every source's forest and mailDomains</td><td>—</td><td>sourceForests ({@code forest=d1,d2})</td></tr>
 * </table>
 */
public final class ConnectorProperties {

    /** The shared connection properties that both {@link #forSource} and {@link #forTarget} set, alike. */
    public static final Set<String> CONNECTION_PROPERTIES =
            Set.of("serverUrls", "startTls", "bindDn", "bindPassword", "caCertificateFile");

    /** Every property {@link #forSource} may set. */
    public static final Set<String> SOURCE_PROPERTIES =
            union(CONNECTION_PROPERTIES, Set.of("forestDnsName", "baseContexts"));

    /** Every property {@link #forTarget} may set. */
    public static final Set<String> TARGET_PROPERTIES = union(
            CONNECTION_PROPERTIES,
            Set.of(
                    "forestDnsName",
                    "mailDomains",
                    "contactOu",
                    "mailUserOu",
                    "legacyExchangeDnPrefix",
                    "useGlobalCatalog",
                    "sourceForests"));

    private ConnectorProperties() {}

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }

    /**
     * The properties of the source connector for one source forest.
     *
     * @param source a source forest; never null
     * @return property name → value, in a stable order; never null
     */
    public static Map<String, Object> forSource(ForestConnection source) {
        Map<String, Object> p = connection(source);
        p.put("baseContexts", new String[] {source.baseDn()});
        return p;
    }

    /**
     * The properties of the target connector.
     *
     * @param target the target forest; never null
     * @param sources every source forest, whose recipients the target accepts; never null
     * @return property name → value, in a stable order; never null
     */
    public static Map<String, Object> forTarget(ForestConnection target, List<ForestConnection> sources) {
        Map<String, Object> p = connection(target);
        p.put("mailDomains", target.mailDomains().toArray(String[]::new));
        p.put("contactOu", target.contactOu());
        p.put("mailUserOu", target.mailUserOu());
        p.put("legacyExchangeDnPrefix", target.legacyExchangeDnPrefix());
        p.put("useGlobalCatalog", target.useGlobalCatalog());
        p.put(
                "sourceForests",
                sources.stream()
                        .map(s -> s.forest() + "=" + String.join(",", s.mailDomains()))
                        .toArray(String[]::new));
        return p;
    }

    /** The {@link #CONNECTION_PROPERTIES}, and the forest's DNS name. */
    private static Map<String, Object> connection(ForestConnection forest) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("serverUrls", new String[] {forest.url().toString()});
        p.put("startTls", forest.startTls());
        p.put("bindDn", forest.bindDn());
        p.put("bindPassword", forest.password().guarded());
        if (forest.caCertificate() != null) {
            p.put("caCertificateFile", forest.caCertificate().toString());
        }
        p.put("forestDnsName", forest.forest());
        return p;
    }
}
