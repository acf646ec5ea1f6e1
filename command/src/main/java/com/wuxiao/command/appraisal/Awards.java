package com.wuxiao.command.appraisal;

import com.wuxiao.command.appraisal.api.PointsAwardedEvent;
import com.wuxiao.command.appraisal.api.PoolEntry;
import com.wuxiao.command.appraisal.api.RankedProposal;
import com.wuxiao.command.appraisal.api.RewardGrantedEvent;
import com.wuxiao.command.appraisal.api.RoundConfig;
import com.wuxiao.command.common.ShareSplit;
import com.wuxiao.command.competition.api.Grade;
import com.wuxiao.command.competition.api.PointsTable;
import com.wuxiao.command.competition.api.RewardAmounts;
import com.wuxiao.command.identity.UserDirectory;
import com.wuxiao.command.identity.api.Actor;
import com.wuxiao.command.proposal.api.Author;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What a finalised round grants for one awarded proposal: its grade's reward and points, split by
 * the authors' contribution shares ({@link ShareSplit}). Each author's unit is the one they belong
 * to at finalisation.
 */
public final class Awards {

    private Awards() {
    }

    /**
     * The rewards per author in the proposal's order, then the points likewise. Parts of zero (a
     * grade configured without money or points) are not granted.
     */
    public static List<Object> of(String roundId, RankedProposal result, PoolEntry entry, RoundConfig config,
                           UserDirectory users, Instant at) {
        List<Author> authors = entry.authors();
        List<Integer> shares = authors.stream().map(Author::share).toList();
        List<Long> money = ShareSplit.money(rewardFen(config.rewards(), result.grade()), shares);
        List<BigDecimal> points = ShareSplit.points(points(config.points(), result.grade()), shares);
        List<String> units = authors.stream()
                .map(a -> users.find(a.workerId()).map(Actor::unitId).orElse(null)).toList();
        List<Object> events = new ArrayList<>();
        for (int i = 0; i < authors.size(); i++) {
            if (money.get(i) > 0) {
                events.add(new RewardGrantedEvent(roundId, entry.proposalId(), entry.unitId(), authors.get(i).workerId(),
                        units.get(i), result.grade(), authors.get(i).share(), money.get(i), at));
            }
        }
        for (int i = 0; i < authors.size(); i++) {
            if (points.get(i).signum() > 0) {
                events.add(new PointsAwardedEvent(roundId, entry.proposalId(), entry.unitId(), authors.get(i).workerId(),
                        units.get(i), result.grade(), authors.get(i).share(), points.get(i), at));
            }
        }
        return events;
    }

    private static long rewardFen(RewardAmounts rewards, Grade grade) {
        return switch (grade) {
            case FIRST -> rewards.firstFen();
            case SECOND -> rewards.secondFen();
            case THIRD -> rewards.thirdFen();
            case MERIT -> rewards.meritFen();
            case NONE -> 0;
        };
    }

    private static int points(PointsTable table, Grade grade) {
        return switch (grade) {
            case FIRST -> table.first();
            case SECOND -> table.second();
            case THIRD -> table.third();
            case MERIT -> table.merit();
            case NONE -> 0;
        };
    }
}
