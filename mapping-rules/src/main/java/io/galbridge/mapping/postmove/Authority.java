package io.galbridge.mapping.postmove;

/**
 * Which side masters a person's GAL attributes (spec 4.3 "Direction flip"). The caller persists it in
 * the person's identity link; the link itself (source and target anchors) does not change.
 */
public enum Authority {
    /** Before the move: the source object is authoritative; replicas follow it. */
    SOURCE,
    /** After the move: the target mailbox is authoritative; the source mail user becomes a replica. */
    TARGET
}
