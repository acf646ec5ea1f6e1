package com.wuxiao.command.appraisal.api;

/**
 * What {@link OpenAppraisalRoundCommand} returns: the round and the number of proposals its pool
 * took from the quarter's acceptances.
 */
public record RoundOpened(String roundId, int poolSize) {
}
