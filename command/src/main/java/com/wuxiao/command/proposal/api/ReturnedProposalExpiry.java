package com.wuxiao.command.proposal.api;

/**
 * The answer to {@link ExpireReturnedProposalCommand}: what the proposal made of its revision window
 * running out, so the monthly review knows whether to end or to wait for a revision it has not
 * been told of yet.
 *
 * @param revision the proposal's revision after the command
 */
public record ReturnedProposalExpiry(Outcome outcome, int revision) {

    public enum Outcome {
        /** Still returned at that revision, so withdrawn (NOT_REVISED_IN_TIME), now or by an earlier try. */
        WITHDRAWN,
        /** Revised in time: a later revision awaits screening. */
        REVISED,
        /** Nothing to expire: withdrawn by an author meanwhile, or past that revision otherwise. */
        UNCHANGED
    }
}
