package io.galbridge.hosttest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The midPoint samples under {@code src/docs/samples/midpoint} are well-formed XML, and every connector
 * configuration property they set exists in the connector the packaged bundle declares (read from the
 * bundle's own ConnId configuration, as midPoint generates its connector schema).
 */
class SampleConfigurationsTest {

    private static final String ICFC = "http://midpoint.evolveum.com/xml/ns/public/connector/icf-1/connector-schema-3";
    private static final String BUNDLE_NS = "http://midpoint.evolveum.com/xml/ns/public/connector/icf-1/bundle/";

    static Stream<Path> midpointSamples() throws IOException {
        Path dir = Path.of(System.getProperty("galbridge.samples", "../docs/samples"))
                .resolve("midpoint");
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> xml = files.filter(
                            p -> p.toString().endsWith(".xml") || p.toString().endsWith(".xsd"))
                    .sorted()
                    .toList();
            assertThat(xml).as("samples in " + dir.toAbsolutePath()).hasSizeGreaterThanOrEqualTo(4);
            return xml.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("midpointSamples")
    void sampleIsWellFormedAndNamesOnlyRealConfigurationProperties(Path sample) throws Exception {
        Document doc = parse(sample);
        NodeList blocks = doc.getElementsByTagNameNS(ICFC, "configurationProperties");
        if (!sample.getFileName().toString().startsWith("resource-")) {
            assertThat(blocks.getLength()).isZero();
            return;
        }
        assertThat(blocks.getLength())
                .as("a resource sample configures its connector")
                .isEqualTo(1);
        Element block = (Element) blocks.item(0);
        List<Element> properties = children(block);
        assertThat(properties).isNotEmpty();
        String ns = properties.get(0).getNamespaceURI();
        assertThat(ns).startsWith(BUNDLE_NS);
        String[] bundleAndClass = ns.substring(BUNDLE_NS.length()).split("/");
        assertThat(bundleAndClass).hasSize(2);
        var info = BundleHost.fromBuild().info(bundleAndClass[1]);
        assertThat(info.getConnectorKey().getBundleName()).isEqualTo(bundleAndClass[0]);
        List<String> known = info.createDefaultAPIConfiguration()
                .getConfigurationProperties()
                .getPropertyNames();
        for (Element property : properties) {
            assertThat(property.getNamespaceURI()).isEqualTo(ns);
            assertThat(known)
                    .as("property %s of %s", property.getLocalName(), sample.getFileName())
                    .contains(property.getLocalName());
        }
        assertThat(doc.getDocumentElement().getTextContent()).contains(bundleAndClass[1]);
    }

    private static Document parse(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        DocumentBuilder builder = factory.newDocumentBuilder();
        return builder.parse(file.toFile());
    }

    private static List<Element> children(Element parent) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                out.add(e);
            }
        }
        return out;
    }
}
