/**
 * After the move (spec 4): {@link io.galbridge.mapping.postmove.MoveState} detects completion from the
 * target object, {@link io.galbridge.mapping.postmove.PostMoveRules} plans the source flip, the replica
 * retargeting and the {@link io.galbridge.mapping.postmove.Authority} flip as a {@link
 * io.galbridge.mapping.postmove.PostMovePlan}.
 */
package io.galbridge.mapping.postmove;
