package io.galbridge.ad.connection;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.identityconnectors.framework.spi.ConfigurationProperty;
import org.identityconnectors.framework.spi.ConnectorClass;

/**
 * Reads a connector's message catalogs the way ConnId's local connector info manager does: the paths of its
 * {@code @ConnectorClass(messageCatalogPaths)} (or {@code <package>/Messages} when none), each
 * {@code <path>.properties}, merged so that the first path wins. Used by both connectors' tests.
 */
public final class MessageCatalogs {

    private MessageCatalogs() {}

    /** The merged default-locale catalog of a connector class; fails when a listed catalog is missing. */
    public static Map<String, String> merged(Class<?> connectorClass) {
        ConnectorClass annotation = connectorClass.getAnnotation(ConnectorClass.class);
        assertThat(annotation).as("@ConnectorClass on %s", connectorClass).isNotNull();
        String[] paths = annotation.messageCatalogPaths();
        if (paths.length == 0) {
            paths = new String[] {connectorClass.getPackageName().replace('.', '/') + "/Messages"};
        }
        Map<String, String> out = new HashMap<>();
        for (int i = paths.length - 1; i >= 0; i--) {
            String resource = paths[i].replace('.', '/') + ".properties";
            Properties p = new Properties();
            try (InputStream in = connectorClass.getClassLoader().getResourceAsStream(resource)) {
                assertThat(in)
                        .as("message catalog %s on the class path", resource)
                        .isNotNull();
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(resource, e);
            }
            p.stringPropertyNames().forEach(k -> out.put(k, p.getProperty(k)));
        }
        return out;
    }

    /** Every display and help key of the configuration properties of a class, its superclasses' included. */
    public static List<String> propertyKeys(Class<?> configurationClass) {
        List<String> keys = new ArrayList<>();
        for (Method m : configurationClass.getMethods()) {
            ConfigurationProperty p = m.getAnnotation(ConfigurationProperty.class);
            if (p != null) {
                keys.add(p.displayMessageKey());
                keys.add(p.helpMessageKey());
            }
        }
        return keys;
    }
}
