package com.wuxiao.command.proposal.api;

/** One author of a proposal and their contribution share in whole percent. */
public record Author(String workerId, int share) {
}
