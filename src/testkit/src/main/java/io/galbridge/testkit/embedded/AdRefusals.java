package io.galbridge.testkit.embedded;

import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.ResultCode;

/** The refusals the embedded forest answers the way AD does (result code and AD's diagnostic prefix). */
final class AdRefusals {

    private AdRefusals() {}

    /**
     * AD's answer to a client writing an attribute only the directory maintains, e.g. objectGUID:
     * {@code 53 unwillingToPerform}, {@code 00002035: SvcErr: ... problem 5003 (WILL_NOT_PERFORM)}.
     */
    static LDAPException systemOnly(String attribute, String dn) {
        return new LDAPException(
                ResultCode.UNWILLING_TO_PERFORM,
                "00002035: SvcErr: DSID-03152D2C, problem 5003 (WILL_NOT_PERFORM), data 0 (" + attribute
                        + " is maintained by the directory and cannot be set by a client; entry " + dn + ")");
    }
}
