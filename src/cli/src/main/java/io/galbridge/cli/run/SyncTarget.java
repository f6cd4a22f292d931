package io.galbridge.cli.run;

import org.identityconnectors.framework.api.ConnectorFacade;

/**
 * The target side of one GAL-sync run, shared by every source forest and worker: the target facade, the create
 * input of {@code galContact}, galbridge's contacts and mail users as read at the start of the run (kept current
 * as the run writes), the target forest's name and its contact OU. Immutable references to thread-safe parts.
 *
 * @param facade the target facade; never null
 * @param input the {@code galContact} create input; never null
 * @param contacts galbridge's contacts by mark and DN; never null
 * @param mailUsers galbridge's mail users by mark and DN; never null
 * @param forest the target forest's name, for plan lines; never null
 * @param contactOu the contact OU, for dry-run lines; never null
 */
record SyncTarget(
        ConnectorFacade facade,
        ReplicaInput input,
        TargetReplicas contacts,
        TargetReplicas mailUsers,
        String forest,
        String contactOu) {}
