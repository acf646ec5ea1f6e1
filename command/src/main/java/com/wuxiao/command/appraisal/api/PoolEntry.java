package com.wuxiao.command.appraisal.api;

import com.wuxiao.command.proposal.api.Author;

import java.util.List;

/**
 * One ACCEPTED proposal in a round's pool, with what the round's rules need to know of it: its
 * unit (conflict of interest, unit leaderboards), its authors with their shares in the proposal's
 * order (conflict of interest, splitting rewards and points) and its mentor (conflict of interest).
 *
 * @param mentorId null if the proposal has no mentor
 */
public record PoolEntry(String proposalId, String unitId, List<Author> authors, String mentorId) {
}
