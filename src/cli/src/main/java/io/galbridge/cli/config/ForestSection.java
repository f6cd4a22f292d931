package io.galbridge.cli.config;

import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.LDAPException;
import io.galbridge.mapping.model.LegacyExchangeDn;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads and checks one forest mapping ({@code source:}, an item of {@code sources:}, or {@code target:}). */
final class ForestSection {

    static final Set<String> SOURCE_KEYS = Set.of(
            "forest",
            "url",
            "startTls",
            "bindDn",
            "password",
            "baseDn",
            "caCertificate",
            "mailDomains",
            "deliveryDomain");
    static final Set<String> TARGET_ONLY_KEYS =
            Set.of("contactOu", "mailUserOu", "legacyExchangeDnPrefix", "useGlobalCatalog");

    private static final Pattern DOMAIN =
            Pattern.compile("(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)*[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");

    private final Path baseDirectory;
    private final Map<String, String> environment;
    private final List<ConfigProblem> problems;

    ForestSection(Path baseDirectory, Map<String, String> environment, List<ConfigProblem> problems) {
        this.baseDirectory = baseDirectory;
        this.environment = environment;
        this.problems = problems;
    }

    /** @return the forest, or null when any of its problems was reported */
    ForestConnection read(YamlNode node, String role) {
        YamlNode.MapNode map = Fields.asMap(node, problems);
        if (map == null) {
            return null;
        }
        int before = problems.size();
        boolean target = role.equals("target");
        Fields f = new Fields(map, problems);
        Set<String> allowed = new java.util.HashSet<>(SOURCE_KEYS);
        if (target) {
            allowed.addAll(TARGET_ONLY_KEYS);
        }
        Map<String, String> hints = new java.util.HashMap<>();
        TARGET_ONLY_KEYS.forEach(k -> hints.put(k, "only the target forest has it"));
        f.rejectUnknownKeys(allowed, hints);

        String forest = f.requiredString("forest");
        if (forest != null && !DOMAIN.matcher(forest.toLowerCase(Locale.ROOT)).matches()) {
            f.add(f.node("forest"), "'" + forest + "' is not a DNS name such as src.test");
        }
        boolean startTls = f.optionalBoolean("startTls", false);
        URI url = url(f, startTls);
        String bindDn = dn(f, f.requiredString("bindDn"), "bindDn");
        Secret password = f.has("password")
                ? PasswordReference.resolve(f.node("password"), baseDirectory, environment, problems)
                : missing(f, "password");
        String baseDn = dn(f, f.requiredString("baseDn"), "baseDn");
        Path ca = caCertificate(f);
        List<String> domains = f.requiredLowerCaseList("mailDomains");
        domains.stream()
                .filter(d -> !DOMAIN.matcher(d).matches())
                .forEach(d -> f.add(f.node("mailDomains"), "'" + d + "' is not a DNS domain such as src.test"));
        String deliveryDomain = f.optionalString("deliveryDomain");
        if (deliveryDomain != null) {
            deliveryDomain = deliveryDomain.toLowerCase(Locale.ROOT);
            if (!DOMAIN.matcher(deliveryDomain).matches()) {
                f.add(f.node("deliveryDomain"), "'" + deliveryDomain + "' is not a DNS domain such as route.src.test");
            }
        }
        String contactOu = null;
        String mailUserOu = null;
        String prefix = null;
        boolean globalCatalog = true;
        if (target) {
            globalCatalog = f.optionalBoolean("useGlobalCatalog", true);
            contactOu = within(f, dn(f, f.requiredString("contactOu"), "contactOu"), baseDn, "contactOu");
            mailUserOu = within(f, dn(f, f.requiredString("mailUserOu"), "mailUserOu"), baseDn, "mailUserOu");
            if (contactOu != null && mailUserOu != null && isWithin(mailUserOu, contactOu)) {
                f.add(
                        f.node("mailUserOu"),
                        "lies inside contactOu " + contactOu
                                + "; pre-staged mail users would be taken for GAL contacts");
            }
            prefix = f.requiredString("legacyExchangeDnPrefix");
            if (prefix != null) {
                try {
                    LegacyExchangeDn.parse(prefix);
                } catch (IllegalArgumentException e) {
                    f.add(f.node("legacyExchangeDnPrefix"), e.getMessage());
                }
            }
        }
        if (problems.size() > before) {
            return null;
        }
        return new ForestConnection(
                role,
                forest.toLowerCase(Locale.ROOT),
                url,
                startTls,
                bindDn,
                password,
                baseDn,
                ca,
                domains,
                contactOu,
                mailUserOu,
                prefix,
                globalCatalog,
                deliveryDomain);
    }

    private Secret missing(Fields f, String key) {
        f.requiredString(key);
        return null;
    }

    private URI url(Fields f, boolean startTls) {
        String text = f.requiredString("url");
        if (text == null) {
            return null;
        }
        YamlNode at = f.node("url");
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            f.add(at, "'" + text + "' is not a URL such as ldaps://dc1.src.test:636");
            return null;
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.getHost() == null
                || !(scheme.equals("ldaps") || scheme.equals("ldap"))
                || (uri.getPath() != null
                        && !uri.getPath().isEmpty()
                        && !uri.getPath().equals("/"))) {
            f.add(
                    at,
                    "'" + text + "' is not an LDAP URL such as ldaps://dc1.src.test:636 (scheme, host, optional port)");
            return null;
        }
        if (scheme.equals("ldap") && !startTls) {
            f.add(at, "ldap:// would send the password unencrypted: use ldaps://, or add startTls: true");
            return null;
        }
        if (scheme.equals("ldaps") && startTls) {
            f.add(f.node("startTls"), "startTls applies to ldap:// URLs only; ldaps:// is TLS from the start");
            return null;
        }
        return uri;
    }

    private Path caCertificate(Fields f) {
        String text = f.optionalString("caCertificate");
        if (text == null) {
            return null;
        }
        Path file = baseDirectory.resolve(text).normalize();
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            f.add(f.node("caCertificate"), "CA certificate file " + file + " does not exist or is not readable");
            return null;
        }
        return file;
    }

    private static String dn(Fields f, String text, String key) {
        if (text == null) {
            return null;
        }
        try {
            new DN(text);
            return text;
        } catch (LDAPException e) {
            f.add(f.node(key), "'" + text + "' is not a DN: " + e.getExceptionMessage());
            return null;
        }
    }

    private static String within(Fields f, String dn, String baseDn, String key) {
        if (dn != null && baseDn != null && !isWithin(dn, baseDn)) {
            f.add(f.node(key), dn + " is not inside baseDn " + baseDn);
        }
        return dn;
    }

    private static boolean isWithin(String dn, String ancestor) {
        try {
            return new DN(dn).isDescendantOf(new DN(ancestor), true);
        } catch (LDAPException e) {
            return false;
        }
    }
}
