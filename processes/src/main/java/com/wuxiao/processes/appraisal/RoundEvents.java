package com.wuxiao.processes.appraisal;

import java.util.Optional;

/**
 * What the process's own command just did to the round. The round's commands return nothing, and
 * the process must know within the same transaction whether, say, a score sent the proposal to
 * re-review: the bridge could report such an event later, but never its absence, and ranking must
 * wait for exactly that ("no re-review"). So the delegates read the round's latest event right
 * after their command, in the transaction that appended it.
 */
public interface RoundEvents {

    /**
     * The payload of the round's latest event. Called right after a command on the round, inside
     * its transaction, this is the last event that command applied: a concurrent command on the
     * same round cannot commit in between, its append would collide with this one.
     */
    Optional<Object> latest(String roundId);

    /** The latest event, which the command just sent must have applied; anything else is a defect. */
    default <E> E latest(String roundId, Class<E> expected) {
        Object event = latest(roundId).orElse(null);
        if (!expected.isInstance(event)) {
            throw new IllegalStateException("Round " + roundId + ": expected " + expected.getSimpleName()
                    + " as its latest event, found " + (event == null ? "none" : event.getClass().getSimpleName()));
        }
        return expected.cast(event);
    }
}
