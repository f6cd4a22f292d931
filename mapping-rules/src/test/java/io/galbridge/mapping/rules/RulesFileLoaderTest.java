package io.galbridge.mapping.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.galbridge.mapping.config.ForestProfile;
import io.galbridge.mapping.model.DirectoryEntry;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RulesFileLoaderTest {

    @Test
    void builtInFileEqualsDefaults() throws Exception {
        String text;
        try (InputStream in = RuleSet.class.getResourceAsStream("galbridge-rules.yaml")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(RulesFileLoader.load("built-in", text)).isEqualTo(RuleSet.defaults());
        assertThat(RulesFileLoader.load("min", "version: 1")).isEqualTo(RuleSet.defaults());
    }

    @Test
    void sampleFileChangesFlowsScopeDomainsPlacement() throws Exception {
        RuleSet rules = RulesFileLoader.load(Path.of("src/test/resources/sample-rules.yaml"));
        assertThat(rules.settings().ownership().attribute()).isEqualTo("extensionAttribute15");
        assertThat(rules.settings().naming().maxCounter()).isEqualTo(50);
        assertThat(rules.settings().contactOuFor("SRC.example")).contains("OU=From Src,OU=GAL,DC=tgt,DC=example");
        List<AttributeFlow> flows = rules.effectiveFlows();
        assertThat(flows)
                .extracting(AttributeFlow::target)
                .doesNotContain("info", "homePhone")
                .contains("division");
        DirectoryEntry e = DirectoryEntry.builder("CN=x,DC=src,DC=example")
                .add("department", "  research  and dev ")
                .build();
        AttributeFlow dept = flows.stream()
                .filter(f -> f.target().equals("department"))
                .findFirst()
                .orElseThrow();
        assertThat(dept.apply(e)).containsExactly("SRC:RESEARCH-AND-DEV.");
        AttributeFlow ext = flows.stream()
                .filter(f -> f.target().equals("extensionAttribute10"))
                .findFirst()
                .orElseThrow();
        assertThat(ext.apply(e)).containsExactly("galbridge");
        ForestProfile src = ForestProfile.of(
                "src.example",
                List.of("src.example"),
                "DC=src,DC=example",
                "OU=GAL,DC=src,DC=example",
                "OU=MEU,DC=src,DC=example");
        ForestProfile applied = rules.apply(src);
        assertThat(applied.mailDomains()).containsExactly("src.example", "route.src.example");
        assertThat(applied.excludeOus()).containsExactly("OU=Service Accounts,DC=src,DC=example");
        assertThat(applied.includeOus()).isEmpty();
    }

    @Test
    void reportsEveryProblemWithPathAndLine() {
        String text = String.join(
                "\n",
                "version: 2", // 1
                "scope: {includeHidden: maybe, extra: 1}", // 2
                "naming:", // 3
                "  maxLength: 99", // 4
                "attributeSets: [GAL, NOPE]", // 5
                "flows:", // 6
                "  - target: proxyAddresses", // 7
                "    source: proxyAddresses", // 8
                "  - target: title", // 9
                "    source: title", // 10
                "    constant: x", // 11
                "  - target: sn", // 12
                "    source: sn", // 13
                "    transforms: [shout, {regexReplace: {pattern: '(', replacement: x}}, {prefix: 3}]", // 14
                "  - source: givenName", // 15
                "colour: blue", // 16
                "colour: red"); // 17
        assertThatThrownBy(() -> RulesFileLoader.load("bad.yaml", text))
                .isInstanceOf(RulesFileException.class)
                .satisfies(ex -> {
                    List<RulesProblem> problems = ((RulesFileException) ex).problems();
                    assertThat(problems)
                            .extracting(RulesProblem::path, RulesProblem::line)
                            .contains(
                                    org.assertj.core.groups.Tuple.tuple("$.colour", 17),
                                    org.assertj.core.groups.Tuple.tuple("$.version", 1),
                                    org.assertj.core.groups.Tuple.tuple("$.scope.includeHidden", 2),
                                    org.assertj.core.groups.Tuple.tuple("$.scope.extra", 2),
                                    org.assertj.core.groups.Tuple.tuple("$.naming.maxLength", 4),
                                    org.assertj.core.groups.Tuple.tuple("$.attributeSets[1]", 5),
                                    org.assertj.core.groups.Tuple.tuple("$.flows[0].target", 7),
                                    org.assertj.core.groups.Tuple.tuple("$.flows[1]", 9),
                                    org.assertj.core.groups.Tuple.tuple("$.flows[2].transforms[0]", 14),
                                    org.assertj.core.groups.Tuple.tuple("$.flows[2].transforms[1]", 14),
                                    org.assertj.core.groups.Tuple.tuple("$.flows[2].transforms[2].prefix", 14),
                                    org.assertj.core.groups.Tuple.tuple("$.flows[3]", 15));
                    assertThat(ex.getMessage()).contains("bad.yaml").contains("line 17");
                });
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "''|$|the file is empty",
                "'version: [1'|$|not valid YAML/JSON",
                "'scope: {}'|$|'version: 1' is required",
                "'version: 1\nscope: []'|$.scope|expected a mapping",
                "'version: 1\nflows: {}'|$.flows|expected a list",
                "'version: 1\nforests: []'|$.forests|expected a mapping of forest DNS names",
                "'version: 1\nforests: {a.example: {mailDomains: x}}'|$.forests.a.example.mailDomains|expected a list",
                "'version: 1\nplacement: [x]'|$.placement|expected a mapping",
                "'version: 1\nplacement: {a: 1}'|$.placement.a|expected a non-empty text",
                "'version: 1\nownership: {attribute: \"bad name\"}'|$.ownership.attribute|Invalid ownership attribute",
                "'version: 1\nflows: [{target: adminDescription, constant: x}]'|$.flows[0].target|the engine computes",
                "'version: 1\nflows: [{target: photo, source: thumbnailPhoto, transforms: [upper]}]'|$.flows[0]|binary",
                "'version: 1\nflows: [{target: sn, source: sn, transforms: [{a: 1, b: 2}]}]'|$.flows[0].transforms[0]|one-key mapping",
                "'version: 1\nflows: [{target: sn, source: sn, transforms: [{zap: 1}]}]'|$.flows[0].transforms[0].zap|unknown transform",
                "'version: 1\nflows: [{target: sn, source: sn, transforms: [{regexReplace: {pattern: a}}]}]'|$.flows[0].transforms[0].regexReplace|are required",
                "'{\"version\": 1, \"naming\": {\"maxCounter\": \"x\"}}'|$.naming.maxCounter|expected an integer",
                "'version: 1\nnaming: {maxCounter: 99999999999}'|$.naming.maxCounter|expected an integer",
            })
    void rejects(String text, String path, String message) {
        assertThatThrownBy(() -> RulesFileLoader.load("t", text.replace("\\n", "\n")))
                .isInstanceOf(RulesFileException.class)
                .satisfies(
                        ex -> assertThat(((RulesFileException) ex).problems()).anySatisfy(p -> {
                            assertThat(p.path()).isEqualTo(path);
                            assertThat(p.message()).contains(message);
                        }));
    }

    @Test
    void transformsAndFlowsValidate() {
        assertThat(new ValueTransform(ValueTransform.Kind.REGEX_REPLACE, "(\\w+)@(\\w+)", "$2\\$1").apply("a@b"))
                .isEqualTo("b\\a");
        assertThat(ValueTransform.of(ValueTransform.Kind.LOWER).apply("ÄB")).isEqualTo("äb");
        assertThatThrownBy(() -> new ValueTransform(ValueTransform.Kind.UPPER, "x", null))
                .hasMessageContaining("no argument");
        assertThatThrownBy(() -> new ValueTransform(ValueTransform.Kind.PREFIX, null, null))
                .hasMessageContaining("one text");
        assertThatThrownBy(() -> new ValueTransform(ValueTransform.Kind.REGEX_REPLACE, "x", null))
                .hasMessageContaining("pattern and");
        assertThat(AttributeFlow.copy("a").constant()).isNull();
        assertThatThrownBy(() -> new AttributeFlow("t", null, null, List.of())).hasMessageContaining("exactly one");
        assertThatThrownBy(() -> new RuleSet(
                        RuleSet.defaults().settings(),
                        java.util.Set.of(),
                        List.of(AttributeFlow.copy("targetAddress")),
                        java.util.Set.of(),
                        java.util.Map.of()))
                .hasMessageContaining("targetAddress");
        DirectoryEntry e = DirectoryEntry.builder("CN=x")
                .addBytes("thumbnailPhoto", new byte[] {1, 2})
                .add("sn", " ")
                .build();
        assertThat(AttributeFlow.copy("thumbnailPhoto").apply(e)).hasSize(1);
        assertThat(new AttributeFlow("sn", "sn", null, List.of(ValueTransform.of(ValueTransform.Kind.TRIM))).apply(e))
                .isEmpty();
    }
}
