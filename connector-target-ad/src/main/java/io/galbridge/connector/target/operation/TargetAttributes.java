package io.galbridge.connector.target.operation;

import io.galbridge.mapping.rules.AttributeSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.identityconnectors.framework.common.objects.ObjectClass;

/**
 * The connector's object classes and attribute names. On create, galContact and mailUser attributes describe
 * the <em>source</em> recipient (the connector applies the GAL-sync or pre-staging rules to them); on read
 * they are the target object's values. Constants only.
 */
public final class TargetAttributes {

    /** A mail-enabled contact in the GAL contact OU, replica of a source recipient. */
    public static final ObjectClass GAL_CONTACT = new ObjectClass("galContact");
    /** A pre-staged mail-enabled user in the mail-user OU. */
    public static final ObjectClass MAIL_USER = new ObjectClass("mailUser");
    /** Any recipient of the target forest, read-only: for matching and move detection. */
    public static final ObjectClass RECIPIENT = new ObjectClass("recipient");

    /** Create-only: the source object's DN. */
    public static final String SOURCE_DN = "sourceDn";
    /** Create-only: the source object's objectGUID (canonical string); names the owner in the marker. */
    public static final String SOURCE_GUID = "sourceObjectGuid";
    /** Create-only: the source object's objectClass values. */
    public static final String SOURCE_CLASSES = "sourceObjectClass";
    /** Create-only: the source object's objectSid (binary). */
    public static final String SOURCE_SID = "sourceObjectSid";
    /** Read-only: the ownership mark ({@code galbridge:<forest>:<guid>}) if any. */
    public static final String OWNERSHIP_MARK = "ownershipMark";
    /** Read-only: the X500 addresses the host must add to the source's proxyAddresses (spec 2.11). */
    public static final String WRITE_BACK = "writeBackX500";
    /** Read-only: the recipient kind of a target object (TargetKind name). */
    public static final String RECIPIENT_KIND = "recipientKind";

    /** Create-only attributes (never read back). */
    public static final Set<String> SOURCE_ONLY = ci(SOURCE_DN, SOURCE_GUID, SOURCE_CLASSES, SOURCE_SID);
    /** Binary attributes ({@code byte[]} in ConnId). */
    public static final Set<String> BINARY =
            ci("msExchMailboxGuid", "msExchArchiveGUID", "msExchMasterAccountSid", SOURCE_SID);
    /** Multi-valued attributes. */
    public static final Set<String> MULTI =
            ci("proxyAddresses", SOURCE_CLASSES, "otherTelephone", "otherHomePhone", WRITE_BACK, "memberOf");
    /** Read-only attributes. */
    public static final Set<String> READ_ONLY = ci(OWNERSHIP_MARK, WRITE_BACK, RECIPIENT_KIND, "memberOf");

    /** Exchange and identity attributes, beyond the GAL sets. */
    static final List<String> EXCHANGE = List.of(
            "cn",
            "mailNickname",
            "proxyAddresses",
            "targetAddress",
            "legacyExchangeDN",
            "msExchOriginatingForest",
            "msExchRecipientDisplayType",
            "msExchRecipientTypeDetails",
            "msExchRemoteRecipientType",
            "msExchHomeServerName",
            "homeMDB",
            "groupType",
            "userAccountControl",
            "msExchMasterAccountSid",
            "msExchMailboxGuid",
            "msExchArchiveGUID",
            "msExchArchiveName",
            "msExchUserCulture",
            "sAMAccountName",
            "userPrincipalName");

    private TargetAttributes() {}

    /** Every attribute of galContact and mailUser (without __UID__/__NAME__), in schema order. */
    private static final List<String> ALL = allAttributes();
    /** {@link #ALL}, lower-cased, for case-insensitive membership. */
    private static final Set<String> ALL_LOWER = lowerCased(ALL);

    /** Whether each attribute of {@link #ALL}, as spelled there, is in {@link #READ_ONLY}. */
    private static final Map<String, Boolean> READ_ONLY_BY_SPELLING = readOnlyBySpelling();

    /** Every attribute of galContact and mailUser (without __UID__/__NAME__); immutable, computed once. */
    public static List<String> all() {
        return ALL;
    }

    /** Whether {@code name} is one of {@link #all()}, compared case-insensitively. */
    public static boolean isKnown(String name) {
        return ALL_LOWER.contains(name.toLowerCase(Locale.ROOT));
    }

    /**
     * For a name spelled exactly as in {@link #all()}: whether it is read-only ({@code in(READ_ONLY, name)}); null
     * for any other spelling, which the caller checks with {@link #isKnown} and {@link #in}. One hash lookup for
     * the names hosts send.
     */
    static Boolean readOnlyBySchemaSpelling(String name) {
        return READ_ONLY_BY_SPELLING.get(name);
    }

    private static Map<String, Boolean> readOnlyBySpelling() {
        Map<String, Boolean> out = new HashMap<>();
        ALL.forEach(n -> out.put(n, in(READ_ONLY, n)));
        return Map.copyOf(out);
    }

    private static List<String> allAttributes() {
        List<String> out = new ArrayList<>(EXCHANGE);
        for (AttributeSet set : List.of(AttributeSet.GAL, AttributeSet.EXTENSION)) {
            set.attributes().stream().filter(a -> !out.contains(a)).forEach(out::add);
        }
        out.addAll(List.of(SOURCE_DN, SOURCE_GUID, SOURCE_CLASSES, SOURCE_SID, OWNERSHIP_MARK, WRITE_BACK));
        return List.copyOf(out);
    }

    private static Set<String> lowerCased(List<String> names) {
        Set<String> out = new java.util.HashSet<>();
        names.forEach(n -> out.add(n.toLowerCase(Locale.ROOT)));
        return Set.copyOf(out);
    }

    /** The attributes an update may change on an owned object. */
    public static Set<String> updateable() {
        Set<String> out = ci("proxyAddresses", "targetAddress", "mailNickname", "cn");
        out = new TreeSet<>(out);
        out.addAll(AttributeSet.GAL.attributes());
        out.addAll(AttributeSet.EXTENSION.attributes());
        return Collections.unmodifiableSet(out);
    }

    /** Whether {@code name} is in {@code set}, case-insensitively. */
    public static boolean in(Set<String> set, String name) {
        return set.contains(name.toLowerCase(Locale.ROOT)) || set.contains(name);
    }

    private static Set<String> ci(String... names) {
        TreeSet<String> s = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        s.addAll(List.of(names));
        return Collections.unmodifiableSet(s);
    }
}
