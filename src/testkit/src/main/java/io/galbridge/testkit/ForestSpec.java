package io.galbridge.testkit;

import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.RDN;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What a test asks for: a forest with a role ({@code source}, {@code target}, {@code source2} ...) and a
 * DNS name from which the base DN, Kerberos realm and NetBIOS name follow.
 *
 * @param role the role the test refers to the forest by; never null or blank
 * @param dnsName the forest's DNS name, e.g. {@code src.test}; never null, at least two labels
 */
public record ForestSpec(String role, String dnsName) {

    /** The default source forest: {@code src.test}. */
    public static final ForestSpec SOURCE = new ForestSpec("source", "src.test");

    /** The default target forest: {@code tgt.test}. */
    public static final ForestSpec TARGET = new ForestSpec("target", "tgt.test");

    public ForestSpec {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(dnsName, "dnsName");
        if (role.isBlank()) {
            throw new IllegalArgumentException("forest role must not be blank");
        }
        if (!dnsName.matches("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)+")) {
            throw new IllegalArgumentException(
                    "forest DNS name '" + dnsName + "' must be lower-case labels separated by dots, e.g. src.test");
        }
    }

    /** The domain naming context, e.g. {@code DC=src,DC=test}. */
    public DN baseDn() {
        List<RDN> rdns = new ArrayList<>();
        for (String label : dnsName.split("\\.")) {
            rdns.add(new RDN("DC", label));
        }
        return new DN(rdns);
    }

    /** The Kerberos realm, e.g. {@code SRC.TEST}. */
    public String realm() {
        return dnsName.toUpperCase(Locale.ROOT);
    }

    /** The NetBIOS domain name, e.g. {@code SRC}. */
    public String netbiosName() {
        return dnsName.substring(0, dnsName.indexOf('.')).toUpperCase(Locale.ROOT);
    }
}
