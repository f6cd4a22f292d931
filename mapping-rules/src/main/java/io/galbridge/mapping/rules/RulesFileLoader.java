package io.galbridge.mapping.rules;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.galbridge.mapping.config.GalSyncSettings;
import io.galbridge.mapping.config.NamingPolicy;
import io.galbridge.mapping.config.OwnershipMarker;
import io.galbridge.mapping.rules.LocatedNode.ListNode;
import io.galbridge.mapping.rules.LocatedNode.MapNode;
import io.galbridge.mapping.rules.LocatedNode.Scalar;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a rules file (YAML, or JSON, which YAML includes) into a {@link RuleSet}. Every key not listed
 * below is rejected; all problems are reported at once, each with its JSON path and line ({@link
 * RulesFileException#problems()}). Omitted keys keep the built-in default ({@link RuleSet#defaults()}).
 *
 * <pre>
 * version: 1                          # required
 * scope:
 *   includeHidden: false              # export hidden objects (E11)
 * ownership:
 *   attribute: adminDescription       # where the galbridge mark lives
 * naming:                             # spec 3.4 CN rules
 *   maxLength: 64
 *   appendAliasWhenNonAscii: true
 *   departmentSuffix: true
 *   maxCounter: 1000
 * replicas:
 *   adoptGalSyncContacts: true        # E18
 *   deleteReplicas: true              # spec 3.7
 *   stampRecipientTypeDetails: true   # RTD 64 on new contacts
 * placement:                          # replica OU per source forest (inside the GAL contact OU)
 *   src.example: OU=Source,OU=GAL,DC=tgt,DC=example
 * attributeSets: [GAL, EXTENSION]     # GAL, EXTENSION, ADDITIONAL
 * exclude: [info]                     # attributes that never flow
 * flows:                              # added, or replacing a set flow of the same target
 *   - target: extensionAttribute10
 *     constant: from-src
 *   - target: department
 *     source: department
 *     transforms: [trim, upper, {prefix: "SRC "}, {suffix: "!"},
 *                  {regexReplace: {pattern: "\\s+", replacement: " "}}, lower]
 * forests:                            # overrides of the forest profiles
 *   src.example:
 *     mailDomains: [src.example]
 *     includeOus: [OU=People,DC=src,DC=example]
 *     excludeOus: [OU=Service,OU=People,DC=src,DC=example]
 * </pre>
 */
public final class RulesFileLoader {

    private static final YAMLFactory YAML = new YAMLFactory();

    private final List<RulesProblem> problems = new ArrayList<>();

    private RulesFileLoader() {}

    /**
     * Loads a file.
     *
     * @throws RulesFileException listing every problem
     * @throws IOException if the file cannot be read
     */
    public static RuleSet load(Path file) throws IOException, RulesFileException {
        return load(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
    }

    /**
     * Loads rules from text.
     *
     * @param name the name used in messages
     * @param text the YAML or JSON text
     * @throws RulesFileException listing every problem
     */
    public static RuleSet load(String name, String text) throws RulesFileException {
        RulesFileLoader loader = new RulesFileLoader();
        LocatedNode root;
        try (Reader reader = new StringReader(text);
                JsonParser p = YAML.createParser(reader)) {
            if (p.nextToken() == null) {
                throw new RulesFileException(name, List.of(new RulesProblem("$", 1, 1, "the file is empty")));
            }
            root = LocatedNode.read(p, "$", loader.problems);
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            throw new RulesFileException(
                    name,
                    List.of(new RulesProblem(
                            "$",
                            at == null ? -1 : at.getLineNr(),
                            at == null ? -1 : at.getColumnNr(),
                            "not valid YAML/JSON: " + e.getOriginalMessage())));
        } catch (IOException e) {
            throw new IllegalStateException("Reading rules from memory failed for " + name, e);
        }
        RuleSet rules = loader.bind(root);
        if (!loader.problems.isEmpty()) {
            throw new RulesFileException(name, loader.problems);
        }
        return rules;
    }

    private RuleSet bind(LocatedNode root) {
        RuleSet d = RuleSet.defaults();
        Map<String, LocatedNode> top = fields(
                root,
                "$",
                Set.of(
                        "version",
                        "scope",
                        "ownership",
                        "naming",
                        "replicas",
                        "placement",
                        "attributeSets",
                        "exclude",
                        "flows",
                        "forests"));
        LocatedNode version = top.get("version");
        if (version == null) {
            problem("$", root, "'version: 1' is required");
        } else if (!(version instanceof Scalar s && "1".equals(s.text()))) {
            problem("$.version", version, "unsupported version; expected 1");
        }
        GalSyncSettings s = d.settings();
        Map<String, LocatedNode> scope = fields(top.get("scope"), "$.scope", Set.of("includeHidden"));
        boolean includeHidden = bool(scope.get("includeHidden"), "$.scope.includeHidden", s.includeHidden());
        Map<String, LocatedNode> own = fields(top.get("ownership"), "$.ownership", Set.of("attribute"));
        OwnershipMarker ownership = s.ownership();
        String attribute = text(own.get("attribute"), "$.ownership.attribute", null);
        if (attribute != null) {
            try {
                ownership = new OwnershipMarker(attribute);
            } catch (IllegalArgumentException e) {
                problem("$.ownership.attribute", own.get("attribute"), e.getMessage());
            }
        }
        NamingPolicy naming = naming(top.get("naming"), s.naming());
        Map<String, LocatedNode> rep = fields(
                top.get("replicas"),
                "$.replicas",
                Set.of("adoptGalSyncContacts", "deleteReplicas", "stampRecipientTypeDetails"));
        GalSyncSettings settings = new GalSyncSettings(
                includeHidden,
                ownership,
                naming,
                bool(rep.get("adoptGalSyncContacts"), "$.replicas.adoptGalSyncContacts", s.adoptGalSyncContacts()),
                bool(rep.get("deleteReplicas"), "$.replicas.deleteReplicas", s.deleteReplicas()),
                bool(
                        rep.get("stampRecipientTypeDetails"),
                        "$.replicas.stampRecipientTypeDetails",
                        s.stampRecipientTypeDetails()),
                stringMap(top.get("placement"), "$.placement"));
        Set<AttributeSet> sets =
                top.containsKey("attributeSets") ? attributeSets(top.get("attributeSets")) : d.attributeSets();
        List<String> exclude = strings(top.get("exclude"), "$.exclude");
        List<AttributeFlow> flows = flows(top.get("flows"), settings);
        Map<String, ForestOverride> forests = forests(top.get("forests"));
        try {
            return new RuleSet(settings, sets, flows, Set.copyOf(exclude), forests);
        } catch (IllegalArgumentException e) {
            problem("$", root, e.getMessage());
            return d;
        }
    }

    private NamingPolicy naming(LocatedNode node, NamingPolicy d) {
        Map<String, LocatedNode> f = fields(
                node, "$.naming", Set.of("maxLength", "appendAliasWhenNonAscii", "departmentSuffix", "maxCounter"));
        int maxLength = integer(f.get("maxLength"), "$.naming.maxLength", d.maxLength(), 1, 64);
        int maxCounter = integer(f.get("maxCounter"), "$.naming.maxCounter", d.maxCounter(), 1, 100_000);
        return new NamingPolicy(
                maxLength,
                bool(f.get("appendAliasWhenNonAscii"), "$.naming.appendAliasWhenNonAscii", d.appendAliasWhenNonAscii()),
                bool(f.get("departmentSuffix"), "$.naming.departmentSuffix", d.departmentSuffix()),
                maxCounter);
    }

    private Set<AttributeSet> attributeSets(LocatedNode node) {
        Set<AttributeSet> out = EnumSet.noneOf(AttributeSet.class);
        List<LocatedNode> items = items(node, "$.attributeSets");
        for (int i = 0; i < items.size(); i++) {
            String path = "$.attributeSets[" + i + "]";
            String name = text(items.get(i), path, null);
            if (name != null) {
                try {
                    out.add(AttributeSet.valueOf(name.toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    problem(
                            path,
                            items.get(i),
                            "unknown attribute set '" + name + "'; expected GAL, EXTENSION or ADDITIONAL");
                }
            }
        }
        return out;
    }

    private List<AttributeFlow> flows(LocatedNode node, GalSyncSettings settings) {
        List<AttributeFlow> out = new ArrayList<>();
        List<LocatedNode> items = items(node, "$.flows");
        for (int i = 0; i < items.size(); i++) {
            String path = "$.flows[" + i + "]";
            Map<String, LocatedNode> f =
                    fields(items.get(i), path, Set.of("target", "source", "constant", "transforms"));
            String target = text(f.get("target"), path + ".target", null);
            String source = text(f.get("source"), path + ".source", null);
            String constant = text(f.get("constant"), path + ".constant", null);
            List<ValueTransform> transforms = transforms(f.get("transforms"), path + ".transforms");
            if (target == null) {
                problem(path, items.get(i), "'target' is required");
                continue;
            }
            if (RuleSet.isReserved(target, settings)) {
                problem(
                        path + ".target",
                        f.get("target"),
                        "the engine computes " + target + "; a flow may not write it");
                continue;
            }
            try {
                out.add(new AttributeFlow(target, source, constant, transforms));
            } catch (IllegalArgumentException e) {
                problem(path, items.get(i), e.getMessage());
            }
        }
        return out;
    }

    private List<ValueTransform> transforms(LocatedNode node, String path) {
        List<ValueTransform> out = new ArrayList<>();
        List<LocatedNode> items = items(node, path);
        for (int i = 0; i < items.size(); i++) {
            String p = path + "[" + i + "]";
            LocatedNode item = items.get(i);
            try {
                if (item instanceof Scalar s && s.text() != null) {
                    out.add(ValueTransform.of(
                            switch (s.text().toLowerCase(Locale.ROOT)) {
                                case "upper" -> ValueTransform.Kind.UPPER;
                                case "lower" -> ValueTransform.Kind.LOWER;
                                case "trim" -> ValueTransform.Kind.TRIM;
                                default ->
                                    throw new IllegalArgumentException(
                                            "unknown transform '" + s.text()
                                                    + "'; expected upper, lower, trim, {prefix: ..}, {suffix: ..} or {regexReplace: ..}");
                            }));
                } else if (item instanceof MapNode m && m.fields().size() == 1) {
                    Map.Entry<String, LocatedNode> e =
                            m.fields().entrySet().iterator().next();
                    String key = e.getKey();
                    if (key.equals("prefix") || key.equals("suffix")) {
                        String arg = text(e.getValue(), p + "." + key, null);
                        if (arg != null) {
                            out.add(new ValueTransform(
                                    key.equals("prefix") ? ValueTransform.Kind.PREFIX : ValueTransform.Kind.SUFFIX,
                                    arg,
                                    null));
                        }
                    } else if (key.equals("regexReplace")) {
                        Map<String, LocatedNode> r =
                                fields(e.getValue(), p + ".regexReplace", Set.of("pattern", "replacement"));
                        String pattern = text(r.get("pattern"), p + ".regexReplace.pattern", null);
                        String replacement = text(r.get("replacement"), p + ".regexReplace.replacement", null);
                        if (pattern == null || replacement == null) {
                            problem(p + ".regexReplace", e.getValue(), "'pattern' and 'replacement' are required");
                        } else {
                            out.add(new ValueTransform(ValueTransform.Kind.REGEX_REPLACE, pattern, replacement));
                        }
                    } else {
                        problem(p + "." + key, e.getValue(), "unknown transform '" + key + "'");
                    }
                } else {
                    problem(p, item, "a transform is a name (upper, lower, trim) or a one-key mapping");
                }
            } catch (IllegalArgumentException e) {
                problem(p, item, e.getMessage());
            }
        }
        return out;
    }

    private Map<String, ForestOverride> forests(LocatedNode node) {
        Map<String, ForestOverride> out = new LinkedHashMap<>();
        if (node == null) {
            return out;
        }
        if (!(node instanceof MapNode m)) {
            problem("$.forests", node, "expected a mapping of forest DNS names");
            return out;
        }
        for (Map.Entry<String, LocatedNode> e : m.fields().entrySet()) {
            String path = "$.forests." + e.getKey();
            Map<String, LocatedNode> f = fields(e.getValue(), path, Set.of("mailDomains", "includeOus", "excludeOus"));
            out.put(
                    e.getKey(),
                    new ForestOverride(
                            f.containsKey("mailDomains") ? strings(f.get("mailDomains"), path + ".mailDomains") : null,
                            f.containsKey("includeOus") ? strings(f.get("includeOus"), path + ".includeOus") : null,
                            f.containsKey("excludeOus") ? strings(f.get("excludeOus"), path + ".excludeOus") : null));
        }
        return out;
    }

    private Map<String, String> stringMap(LocatedNode node, String path) {
        Map<String, String> out = new LinkedHashMap<>();
        if (node == null) {
            return out;
        }
        if (!(node instanceof MapNode m)) {
            problem(path, node, "expected a mapping");
            return out;
        }
        m.fields().forEach((k, v) -> {
            String value = text(v, path + "." + k, null);
            if (value != null) {
                out.put(k, value);
            }
        });
        return out;
    }

    private Map<String, LocatedNode> fields(LocatedNode node, String path, Set<String> allowed) {
        if (node == null) {
            return Map.of();
        }
        if (!(node instanceof MapNode m)) {
            problem(path, node, "expected a mapping");
            return Map.of();
        }
        for (Map.Entry<String, LocatedNode> e : m.fields().entrySet()) {
            if (!allowed.contains(e.getKey())) {
                problem(
                        path + "." + e.getKey(),
                        e.getValue(),
                        "unknown key '" + e.getKey() + "'; allowed: "
                                + allowed.stream().sorted().toList());
            }
        }
        return m.fields();
    }

    private List<LocatedNode> items(LocatedNode node, String path) {
        if (node == null) {
            return List.of();
        }
        if (!(node instanceof ListNode l)) {
            problem(path, node, "expected a list");
            return List.of();
        }
        return l.items();
    }

    private List<String> strings(LocatedNode node, String path) {
        List<String> out = new ArrayList<>();
        List<LocatedNode> items = items(node, path);
        for (int i = 0; i < items.size(); i++) {
            String v = text(items.get(i), path + "[" + i + "]", null);
            if (v != null) {
                out.add(v);
            }
        }
        return out;
    }

    private String text(LocatedNode node, String path, String fallback) {
        if (node == null) {
            return fallback;
        }
        if (node instanceof Scalar s
                && s.token() == JsonToken.VALUE_STRING
                && !s.text().isBlank()) {
            return s.text();
        }
        problem(path, node, "expected a non-empty text");
        return fallback;
    }

    private boolean bool(LocatedNode node, String path, boolean fallback) {
        if (node == null) {
            return fallback;
        }
        if (node instanceof Scalar s && (s.token() == JsonToken.VALUE_TRUE || s.token() == JsonToken.VALUE_FALSE)) {
            return s.token() == JsonToken.VALUE_TRUE;
        }
        problem(path, node, "expected true or false");
        return fallback;
    }

    private int integer(LocatedNode node, String path, int fallback, int min, int max) {
        if (node == null) {
            return fallback;
        }
        if (node instanceof Scalar s && s.token() == JsonToken.VALUE_NUMBER_INT) {
            try {
                int v = Integer.parseInt(s.text());
                if (v >= min && v <= max) {
                    return v;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        problem(path, node, "expected an integer from " + min + " to " + max);
        return fallback;
    }

    private void problem(String path, LocatedNode node, String message) {
        problems.add(
                new RulesProblem(path, node == null ? -1 : node.line(), node == null ? -1 : node.column(), message));
    }
}
