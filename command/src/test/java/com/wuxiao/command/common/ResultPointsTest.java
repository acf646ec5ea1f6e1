package com.wuxiao.command.common;

import com.wuxiao.command.common.api.PointsEarnedEvent;
import com.wuxiao.command.common.api.PointsReason;
import com.wuxiao.command.competition.api.Grade;
import com.wuxiao.command.identity.api.Role;
import com.wuxiao.command.proposal.api.Author;
import com.wuxiao.command.proposal.api.AwardedResult;
import com.wuxiao.command.testing.InMemoryUserDirectory;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ResultPointsTest {

    private static final Instant AT = Instant.parse("2026-03-01T02:00:00Z");
    private static final InMemoryUserDirectory USERS = new InMemoryUserDirectory()
            .unit("ZC1").unit("JJ2")
            .actor("w1", "ZC1", Role.WORKER)
            .actor("w2", "JJ2", Role.WORKER);

    private static AwardedResult result(List<Author> authors) {
        return new AwardedResult("p-1", "题目", "ZC1", "JDYS", 2025, "2025-Q4", Grade.FIRST, authors,
                Instant.parse("2026-01-10T02:00:00Z"));
    }

    @Test
    void pointsAreSplitByShareAndCountForEachAuthorsOwnUnit() {
        // 5 points: 34 % → 1.70, 33 % → 1.65 twice (product.md: two decimals, half-up)
        List<PointsEarnedEvent> events = ResultPoints.split("patent-1",
                result(List.of(new Author("w1", 34), new Author("w2", 33), new Author("w9", 33))),
                PointsReason.PATENT_FILED, 5, USERS, AT);

        assertThat(events).containsExactly(
                new PointsEarnedEvent("patent-1", "p-1", "ZC1", "w1", "ZC1", PointsReason.PATENT_FILED, 34,
                        new BigDecimal("1.70"), AT),
                new PointsEarnedEvent("patent-1", "p-1", "ZC1", "w2", "JJ2", PointsReason.PATENT_FILED, 33,
                        new BigDecimal("1.65"), AT),
                new PointsEarnedEvent("patent-1", "p-1", "ZC1", "w9", null, PointsReason.PATENT_FILED, 33,
                        new BigDecimal("1.65"), AT));
    }

    @Test
    void noPointsNoEvents() {
        assertThat(ResultPoints.split("c-1", result(List.of(new Author("w1", 100))), PointsReason.ADOPTED, 0,
                USERS, AT)).isEmpty();
    }
}
