package io.galbridge.mapping.galsync;

import io.galbridge.mapping.config.ForestProfile;
import io.galbridge.mapping.config.NormalisedDn;
import io.galbridge.mapping.model.AttributeNames;
import io.galbridge.mapping.model.DirectoryEntry;
import java.util.Optional;
import java.util.Set;

/**
 * GALSync's inbound filter and projection rules for one source object (spec 3.2, 3.3), plus the
 * configured include/exclude OUs. Stateless.
 */
public final class SourceScope {

    /** RTD values that are never exported: system, arbitration, discovery, monitoring ... (spec 1.1 K1, E26). */
    static final Set<Long> SYSTEM_RTDS = Set.of(
            8192L,
            16384L,
            4194304L,
            8388608L,
            16777216L,
            536870912L,
            1073741824L,
            4294967296L,
            68719476736L,
            549755813888L,
            1099511627776L);

    private static final long FIRST_EXCLUDED_HIGH_RTD = 4398046511104L;

    private SourceScope() {}

    /**
     * Why {@code entry} gets no replica, or empty when it is in scope.
     *
     * @param entry the source object
     * @param kind its kind
     * @param forest the source forest's profile
     * @param includeHidden whether hidden objects are exported
     */
    public static Optional<ScopeReason> outOfScope(
            DirectoryEntry entry, GalSourceKind kind, ForestProfile forest, boolean includeHidden) {
        return outOfScope(entry, kind, ForestOus.of(forest), includeHidden);
    }

    /** {@link #outOfScope(DirectoryEntry, GalSourceKind, ForestProfile, boolean)} with the forest's OUs parsed. */
    static Optional<ScopeReason> outOfScope(
            DirectoryEntry entry, GalSourceKind kind, ForestOus forest, boolean includeHidden) {
        if (kind == GalSourceKind.OTHER) {
            return Optional.of(ScopeReason.NOT_A_RECIPIENT);
        }
        NormalisedDn dn = NormalisedDn.of(entry.dn());
        if (dn.isWithin(forest.galContactOu())) {
            return Optional.of(ScopeReason.INSIDE_SYNC_OU);
        }
        if (dn.isWithin(forest.mailUserOu())) {
            return Optional.of(ScopeReason.INSIDE_MAIL_USER_OU);
        }
        if (!forest.includeOus().isEmpty() && !dn.isWithinAny(forest.includeOus())) {
            return Optional.of(ScopeReason.NOT_IN_INCLUDED_OU);
        }
        if (dn.isWithinAny(forest.excludeOus())) {
            return Optional.of(ScopeReason.IN_EXCLUDED_OU);
        }
        if (kind == GalSourceKind.CONTACT && !dn.isWithinAny(forest.authoritativeContactOus())) {
            return Optional.of(ScopeReason.CONTACT_NOT_AUTHORITATIVE);
        }
        long rtd = entry.longValue(AttributeNames.RECIPIENT_TYPE_DETAILS).orElse(0L);
        if (SYSTEM_RTDS.contains(rtd) || rtd >= FIRST_EXCLUDED_HIGH_RTD) {
            return Optional.of(ScopeReason.SYSTEM_MAILBOX);
        }
        if (!includeHidden
                && entry.booleanValue(AttributeNames.HIDE_FROM_ADDRESS_LISTS).orElse(false)) {
            return Optional.of(ScopeReason.HIDDEN);
        }
        if (!entry.has(AttributeNames.LEGACY_EXCHANGE_DN)) {
            return Optional.of(ScopeReason.NO_LEGACY_EXCHANGE_DN);
        }
        if (entry.strings(AttributeNames.PROXY_ADDRESSES).isEmpty()) {
            return Optional.of(ScopeReason.NO_PROXY_ADDRESSES);
        }
        if (kind.isUser() && !entry.has(AttributeNames.HOME_SERVER_NAME) && !entry.has(AttributeNames.TARGET_ADDRESS)) {
            return Optional.of(ScopeReason.NO_HOME_SERVER_OR_TARGET_ADDRESS);
        }
        if (kind == GalSourceKind.CONTACT && !entry.has(AttributeNames.TARGET_ADDRESS)) {
            return Optional.of(ScopeReason.NO_TARGET_ADDRESS);
        }
        if (kind.isGroup() && !hasPrimarySmtp(entry)) {
            return Optional.of(ScopeReason.NO_PRIMARY_SMTP);
        }
        if (!entry.has(AttributeNames.MAIL_NICKNAME)) {
            return Optional.of(ScopeReason.NO_MAIL_NICKNAME);
        }
        return Optional.empty();
    }

    private static boolean hasPrimarySmtp(DirectoryEntry entry) {
        return entry.strings(AttributeNames.PROXY_ADDRESSES).stream().anyMatch(v -> v.startsWith("SMTP:"));
    }
}
