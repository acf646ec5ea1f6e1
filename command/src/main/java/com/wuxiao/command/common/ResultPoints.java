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
import java.util.function.Function;

/**
 * The points a proposal earns its authors, split among them by share ({@link ShareSplit#points}): at
 * its acceptance, and as an awarded result after its appraisal (patents, adoption, replication).
 */
public final class ResultPoints {

    private ResultPoints() {
    }

    /**
     * An awarded result's points: one event per author in the result's order, each counted for the
     * unit the author belongs to now; nothing if the points are 0 (a year may configure that).
     */
    public static List<PointsEarnedEvent> split(String sourceId, AwardedResult result, PointsReason reason,
                                                int points, UserDirectory users, Instant earnedAt) {
        if (points == 0) {
            return List.of();
        }
        return split(sourceId, result.proposalId(), result.unitId(), result.authors(), reason, points,
                authorId -> users.find(authorId).map(Actor::unitId).orElse(null), earnedAt);
    }

    /**
     * One event per author in the given order, 0 points included, each counted for the unit
     * {@code unitOfAuthor} gives for the author's id (null: none known).
     */
    public static List<PointsEarnedEvent> split(String sourceId, String proposalId, String proposalUnitId,
                                                List<Author> authors, PointsReason reason, int points,
                                                Function<String, String> unitOfAuthor, Instant earnedAt) {
        List<BigDecimal> parts = ShareSplit.points(points, authors.stream().map(Author::share).toList());
        List<PointsEarnedEvent> events = new ArrayList<>(authors.size());
        for (int i = 0; i < authors.size(); i++) {
            Author author = authors.get(i);
            events.add(new PointsEarnedEvent(sourceId, proposalId, proposalUnitId, author.workerId(),
                    unitOfAuthor.apply(author.workerId()), reason, author.share(), parts.get(i), earnedAt));
        }
        return List.copyOf(events);
    }
}
