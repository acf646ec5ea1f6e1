package com.wuxiao.command.proposal;

import com.wuxiao.command.common.ResultPoints;
import com.wuxiao.command.common.api.PointsEarnedEvent;
import com.wuxiao.command.common.api.PointsReason;
import com.wuxiao.command.competition.api.YearConfig;
import com.wuxiao.command.identity.UserDirectory;
import com.wuxiao.command.identity.api.Actor;
import com.wuxiao.command.proposal.api.Author;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a {@link Proposal}'s acceptance at screening earns its authors: the year's acceptance points
 * (the configuration in force now), split by share. Unlike an awarded result's points, 0 configured
 * points still give each author an event (of 0.00): the acceptance is what the leaderboards count as
 * accepted and what the worker's own points list shows, whatever it is worth.
 */
final class AcceptancePoints {

    private AcceptancePoints() {
    }

    /**
     * Where each author belongs now: points earned by this acceptance count for that unit (for an
     * author the directory no longer knows, absent here, the proposal's).
     */
    static Map<String, String> unitsOfAuthors(List<Author> authors, UserDirectory users) {
        Map<String, String> units = new TreeMap<>();
        for (Author author : authors) {
            users.find(author.workerId()).map(Actor::unitId).ifPresent(unit -> units.put(author.workerId(), unit));
        }
        return units;
    }

    static List<PointsEarnedEvent> earned(String proposalId, String unitId, List<Author> authors,
                                          Map<String, String> authorUnits, YearConfig year, Instant at) {
        return ResultPoints.split(proposalId, proposalId, unitId, authors, PointsReason.ACCEPTED,
                year.points().accepted(), authorId -> authorUnits.getOrDefault(authorId, unitId), at);
    }
}
