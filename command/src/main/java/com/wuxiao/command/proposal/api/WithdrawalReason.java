package com.wuxiao.command.proposal.api;

public enum WithdrawalReason {
    /** An author withdrew the proposal. */
    BY_AUTHOR,
    /** A returned proposal was not revised within the revision window. */
    NOT_REVISED_IN_TIME
}
