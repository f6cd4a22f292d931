package io.galbridge.connector.target;

import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.RDN;
import io.galbridge.ad.connection.LdapEndpointSettings;
import io.galbridge.mapping.config.ForestProfile;
import io.galbridge.mapping.config.OwnershipMarker;
import io.galbridge.mapping.model.LegacyExchangeDn;
import io.galbridge.mapping.prestage.PrestageOptions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.identityconnectors.framework.common.exceptions.ConfigurationException;

/**
 * Turns a {@link TargetAdConfiguration} into {@link TargetSettings}, collecting every problem first; the connection
 * properties are checked by {@link io.galbridge.ad.connection.AbstractAdConfiguration#connectionSettings}.
 */
final class TargetSettingsParser {

    private final List<String> problems = new ArrayList<>();

    private TargetSettingsParser() {}

    static TargetSettings parse(TargetAdConfiguration c) {
        return new TargetSettingsParser().run(c);
    }

    private TargetSettings run(TargetAdConfiguration c) {
        LdapEndpointSettings endpoint = c.connectionSettings(problems);
        String forest =
                text(c.getForestDnsName(), "forestDnsName", "set the target forest's DNS name, e.g. tgt.example");
        DN base = forest == null ? null : forestDn(forest);
        DN contactOu = dn(c.getContactOu(), "contactOu", base);
        DN mailUserOu = dn(c.getMailUserOu(), "mailUserOu", base);
        if (contactOu != null && mailUserOu != null && (mailUserOu.isDescendantOf(contactOu, true))) {
            problems.add("mailUserOu: " + mailUserOu + " lies inside contactOu " + contactOu
                    + "; pre-staged mail users would be taken for GAL replicas (choose an OU outside it)");
        }
        LegacyExchangeDn prefix = legacyPrefix(c.getLegacyExchangeDnPrefix());
        OwnershipMarker marker = marker(c.getOwnershipAttribute());
        List<String> domains = domains(c.getMailDomains(), "mailDomains");
        if (c.isOverwriteLocalObject() && !c.isUseLocalObject()) {
            problems.add("overwriteLocalObject: requires useLocalObject; set useLocalObject too, or clear it");
        }
        String delivery = c.getMailboxDeliveryDomain();
        if (delivery != null && !delivery.isBlank() && !delivery.strip().matches("[A-Za-z0-9.-]+\\.[A-Za-z0-9-]+")) {
            problems.add("mailboxDeliveryDomain: '" + delivery + "' is not a DNS domain name");
        }
        List<ForestProfile> sources = sources(c.getSourceForests(), contactOu, mailUserOu);
        if (!problems.isEmpty()) {
            throw new ConfigurationException("Invalid target connector configuration:\n" + String.join("\n", problems));
        }
        ForestProfile target = new ForestProfile(
                forest,
                domains,
                base.toString(),
                contactOu.toString(),
                mailUserOu.toString(),
                prefix,
                null,
                false,
                false,
                List.of(),
                List.of(),
                List.of());
        PrestageOptions options = new PrestageOptions(
                c.isUseLocalObject(),
                c.isOverwriteLocalObject(),
                c.isLinkedMailUser(),
                c.isDisableEmailAddressPolicy(),
                delivery);
        return new TargetSettings(
                endpoint, c.isUseGlobalCatalog(), c.getPageSize(), forest, base, target, marker, sources, options);
    }

    private List<ForestProfile> sources(String[] values, DN contactOu, DN mailUserOu) {
        List<ForestProfile> out = new ArrayList<>();
        if (values.length == 0) {
            problems.add(
                    "sourceForests: name at least one source forest, e.g. src.example=src.example,route.src.example");
        }
        for (String v : values) {
            if (v == null || v.isBlank()) {
                problems.add("sourceForests: an entry is empty");
                continue;
            }
            int eq = v.indexOf('=');
            String name = (eq < 0 ? v : v.substring(0, eq)).strip().toLowerCase(Locale.ROOT);
            List<String> domains =
                    eq < 0 ? List.of(name) : domains(v.substring(eq + 1).split(","), "sourceForests (" + name + ")");
            DN base = forestDn(name);
            if (base == null) {
                continue;
            }
            // The source's own sync and mail-user OUs are unknown here (the source connector scopes); they are
            // placed where no real object lives so that the scope rules never exclude what the host sends.
            String unset = "OU=galbridge-unset-" + "%s," + base;
            try {
                out.add(new ForestProfile(
                        name,
                        domains,
                        base.toString(),
                        String.format(Locale.ROOT, unset, "contacts"),
                        String.format(Locale.ROOT, unset, "mailusers"),
                        null,
                        null,
                        false,
                        false,
                        List.of(),
                        List.of(),
                        List.of(base.toString())));
            } catch (IllegalArgumentException e) {
                problems.add("sourceForests: " + e.getMessage());
            }
        }
        return out;
    }

    private DN forestDn(String forest) {
        if (!forest.matches("[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+")) {
            problems.add("forest DNS name '" + forest + "' is not a DNS name with at least two labels");
            return null;
        }
        RDN[] rdns =
                Arrays.stream(forest.split("\\.")).map(l -> new RDN("DC", l)).toArray(RDN[]::new);
        return new DN(rdns);
    }

    private DN dn(String value, String property, DN base) {
        String t = text(value, property, "give the OU's distinguished name");
        if (t == null) {
            return null;
        }
        try {
            DN dn = new DN(t);
            if (base != null && !dn.isDescendantOf(base, false)) {
                problems.add(property + ": " + dn + " is not inside the forest's naming context " + base);
            }
            return dn;
        } catch (LDAPException e) {
            problems.add(property + ": '" + t + "' is not a DN (" + e.getMessage() + ")");
            return null;
        }
    }

    private LegacyExchangeDn legacyPrefix(String value) {
        String t = text(
                value,
                "legacyExchangeDnPrefix",
                "give the recipients container, e.g. /o=Org/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients");
        if (t == null) {
            return null;
        }
        try {
            return LegacyExchangeDn.parse(t);
        } catch (IllegalArgumentException e) {
            problems.add("legacyExchangeDnPrefix: " + e.getMessage());
            return null;
        }
    }

    private OwnershipMarker marker(String value) {
        try {
            return new OwnershipMarker(value == null ? "" : value.strip());
        } catch (IllegalArgumentException e) {
            problems.add("ownershipAttribute: " + e.getMessage() + " (default adminDescription)");
            return null;
        }
    }

    private List<String> domains(String[] values, String property) {
        List<String> out = new ArrayList<>();
        for (String d : values) {
            String s = d == null ? "" : d.strip().toLowerCase(Locale.ROOT);
            if (!s.matches("[a-z0-9-]+(\\.[a-z0-9-]+)+")) {
                problems.add(property + ": '" + d + "' is not a DNS domain name");
            } else {
                out.add(s);
            }
        }
        return out;
    }

    private String text(String value, String property, String fix) {
        if (value == null || value.isBlank()) {
            problems.add(property + ": is required; " + fix);
            return null;
        }
        return value.strip();
    }
}
