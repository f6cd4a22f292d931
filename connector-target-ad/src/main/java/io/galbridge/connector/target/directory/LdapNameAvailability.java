package io.galbridge.connector.target.directory;

import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.RDN;
import io.galbridge.mapping.model.LegacyExchangeDn;
import io.galbridge.mapping.prestage.NameAvailability;
import org.identityconnectors.framework.common.exceptions.InvalidAttributeValueException;

/**
 * {@link NameAvailability} answered by LDAP lookups: CNs by reading the child DN, sAMAccountName,
 * userPrincipalName and legacyExchangeDN (and its X500 proxy, both prefix cases) by forest-wide equality
 * searches (global catalog, or the domain NC without one). Thread-safe.
 */
public final class LdapNameAvailability implements NameAvailability {

    private final TargetDirectory directory;

    public LdapNameAvailability(TargetDirectory directory) {
        this.directory = directory;
    }

    @Override
    public boolean isCnFree(String parentDn, String cn) {
        try {
            DN child = new DN(new RDN("CN", cn), new DN(parentDn));
            return directory.read(child.toString(), "1.1").isEmpty();
        } catch (LDAPException e) {
            throw new InvalidAttributeValueException("Parent DN '" + parentDn + "' is not a DN: " + e.getMessage(), e);
        }
    }

    @Override
    public boolean isSamAccountNameFree(String samAccountName) {
        return !directory.existsInForest(Filter.createEqualityFilter("sAMAccountName", samAccountName));
    }

    @Override
    public boolean isUserPrincipalNameFree(String userPrincipalName) {
        return !directory.existsInForest(Filter.createEqualityFilter("userPrincipalName", userPrincipalName));
    }

    @Override
    public boolean isLegacyExchangeDnFree(LegacyExchangeDn legacyExchangeDn) {
        String v = legacyExchangeDn.value();
        return !directory.existsInForest(Filter.createORFilter(
                Filter.createEqualityFilter("legacyExchangeDN", v),
                Filter.createEqualityFilter("proxyAddresses", "X500:" + v),
                Filter.createEqualityFilter("proxyAddresses", "x500:" + v)));
    }
}
