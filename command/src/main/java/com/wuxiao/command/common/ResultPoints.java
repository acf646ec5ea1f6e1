package com.wuxiao.command.common;

import com.wuxiao.command.common.api.PointsEarnedEvent;
import com.wuxiao.command.common.api.PointsReason;
import com.wuxiao.command.identity.UserDirectory;
import com.wuxiao.command.identity.api.Actor;
import com.wuxiao.command.proposal.api.Author;
import com.wuxiao.command.proposal.api.AwardedResult;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The points an awarded result earns after its appraisal, split among its authors by share. */
public final class ResultPoints {

    private ResultPoints() {
    }

    /**
     * One event per author in the result's order, each counted for the unit the author belongs to
     * now; nothing if the points are 0 (a year may configure that).
     */
    public static List<PointsEarnedEvent> split(String sourceId, AwardedResult result, PointsReason reason,
                                                int points, UserDirectory users, Instant earnedAt) {
        if (points == 0) {
            return List.of();
        }
        List<Author> authors = result.authors();
        List<BigDecimal> parts = ShareSplit.points(points, authors.stream().map(Author::share).toList());
        List<PointsEarnedEvent> events = new ArrayList<>(authors.size());
        for (int i = 0; i < authors.size(); i++) {
            Author author = authors.get(i);
            String workerUnit = users.find(author.workerId()).map(Actor::unitId).orElse(null);
            events.add(new PointsEarnedEvent(sourceId, result.proposalId(), result.unitId(), author.workerId(),
                    workerUnit, reason, author.share(), parts.get(i), earnedAt));
        }
        return List.copyOf(events);
    }
}
