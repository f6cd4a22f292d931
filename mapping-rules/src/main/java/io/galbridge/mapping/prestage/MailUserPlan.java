package io.galbridge.mapping.prestage;

import io.galbridge.mapping.plan.EntryChange;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What pre-staging does for one source mailbox (spec 2.6). Carry out a plan in this order: the
 * target change, then the link requests, then the write-back; a {@link ConvertContact} is driven
 * step by step by its {@link ContactConversion}. All components are immutable and never null.
 */
public sealed interface MailUserPlan
        permits MailUserPlan.CreateMailUser,
                MailUserPlan.MergeIntoMailUser,
                MailUserPlan.ConvertContact,
                MailUserPlan.CleanAdmtUser,
                MailUserPlan.Refusal {

    /**
     * Path A (2.7): create a new MEU in the MEU OU.
     *
     * @param create the CREATE change with every attribute, legacyExchangeDN included
     * @param links the source DN links to translate (2.12)
     * @param writeBack the X500s to add to the source (2.11)
     * @param warnings data-quality findings that do not block (E9), never null
     */
    record CreateMailUser(EntryChange create, List<LinkRequest> links, WriteBack writeBack, List<String> warnings)
            implements MailUserPlan {
        /** Copies the lists. */
        public CreateMailUser {
            Objects.requireNonNull(create, "create");
            Objects.requireNonNull(writeBack, "writeBack");
            links = List.copyOf(links);
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * Path B (2.8, 2.10): complete an existing MEU; its targetAddress is corrected when galbridge
     * owns it or overwriteLocalObject is given (E24).
     *
     * @param mailUserDn the MEU's DN
     * @param change the MODIFY (possibly {@linkplain EntryChange#isEmpty() empty} on a rerun)
     * @param links the source DN links to translate (with overwriteLocalObject only)
     * @param writeBack the X500s to add to the source
     * @param warnings data-quality findings that do not block
     */
    record MergeIntoMailUser(
            String mailUserDn, EntryChange change, List<LinkRequest> links, WriteBack writeBack, List<String> warnings)
            implements MailUserPlan {
        /** Copies the lists. */
        public MergeIntoMailUser {
            Objects.requireNonNull(mailUserDn, "mailUserDn");
            Objects.requireNonNull(change, "change");
            Objects.requireNonNull(writeBack, "writeBack");
            links = List.copyOf(links);
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * Path C (2.9, E13): replace a mail contact by a new MEU, step by step.
     *
     * @param conversion the resumable conversion
     * @param warnings data-quality findings that do not block
     */
    record ConvertContact(ContactConversion conversion, List<String> warnings) implements MailUserPlan {
        /** Copies the list. */
        public ConvertContact {
            Objects.requireNonNull(conversion, "conversion");
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * E7/E12: turn a non-mail-enabled or ADMT-polluted target user into the MEU, keeping its account
     * (userAccountControl, password, sIDHistory, sAMAccountName, userPrincipalName untouched).
     *
     * @param userDn the user's DN
     * @param change the MODIFY that removes the foreign mailbox attributes and applies the MEU set
     * @param links the source DN links to translate
     * @param writeBack the X500s to add to the source
     * @param warnings data-quality findings that do not block
     */
    record CleanAdmtUser(
            String userDn, EntryChange change, List<LinkRequest> links, WriteBack writeBack, List<String> warnings)
            implements MailUserPlan {
        /** Copies the lists. */
        public CleanAdmtUser {
            Objects.requireNonNull(userDn, "userDn");
            Objects.requireNonNull(change, "change");
            Objects.requireNonNull(writeBack, "writeBack");
            links = List.copyOf(links);
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * Nothing is done; the message names the objects and the reason.
     *
     * @param reason the refusal code
     * @param sourceDn the source DN, empty when no single source was found
     * @param conflictingDns the DNs of the objects in the way (sources for P6, targets for P9–P12)
     * @param message a sentence naming the objects and the reason
     * @param allowingSwitch the switch that would allow the operation, if one would
     */
    record Refusal(
            RefusalReason reason,
            Optional<String> sourceDn,
            List<String> conflictingDns,
            String message,
            Optional<PrestageSwitch> allowingSwitch)
            implements MailUserPlan {
        /** Copies the list. */
        public Refusal {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(sourceDn, "sourceDn");
            Objects.requireNonNull(message, "message");
            Objects.requireNonNull(allowingSwitch, "allowingSwitch");
            conflictingDns = List.copyOf(conflictingDns);
        }

        /** Builds a refusal from nullable parts. */
        public static Refusal of(
                RefusalReason reason, String sourceDn, List<String> conflictingDns, String message, PrestageSwitch sw) {
            return new Refusal(reason, Optional.ofNullable(sourceDn), conflictingDns, message, Optional.ofNullable(sw));
        }
    }
}
