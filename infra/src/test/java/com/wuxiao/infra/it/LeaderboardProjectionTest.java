package com.wuxiao.infra.it;

import com.wuxiao.query.period.api.Period;
import org.junit.jupiter.api.Test;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Acceptance at screening earns the year's acceptance points (+2 by default), split by contribution
 * share, in the month of the acceptance: through HTTP on PostgreSQL, from the screening to the
 * leaderboard and the worker's own points. Other tests accept proposals of the same workers in the
 * same context, so the board is compared before and after.
 */
class LeaderboardProjectionTest extends IntegrationTestSupport {

    private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {
    };

    @Test
    @SuppressWarnings("unchecked")
    void acceptancePointsAreSplitSixtyFortyInTheMonthOfTheAcceptance() {
        String proposalId = submit("w1001", proposalBody("采煤机喷雾降尘自动控制"));
        await().atMost(Duration.ofSeconds(20)).until(() -> pendingProposals("c1001").contains(proposalId));
        String month = Period.of(Period.Kind.MONTH, Instant.now()).key();
        Map<String, BigDecimal> before = individuals(month);

        ResponseEntity<Map> accepted = as("c1001").postForEntity("/api/screenings/{id}", Map.of("outcome", "ACCEPT"),
                Map.class, proposalId);
        assertThat(accepted.getStatusCode().value()).isEqualTo(204);

        Map<String, Object> w1001 = await().atMost(Duration.ofSeconds(20))
                .until(() -> entryOf("w1001", proposalId), entry -> entry != null && entry.get("points") != null);
        Map<String, Object> w1002 = await().atMost(Duration.ofSeconds(20))
                .until(() -> entryOf("w1002", proposalId), entry -> entry != null && entry.get("points") != null);
        assertThat(w1001).containsEntry("kind", "ACCEPTED").containsEntry("share", 60).containsEntry("unitId", "ZC1");
        assertThat(decimal(w1001.get("points"))).isEqualByComparingTo("1.20");
        assertThat(decimal(w1002.get("points"))).isEqualByComparingTo("0.80");
        // the acceptance's month is the board's (unless the month turned between the two instants)
        String acceptanceMonth = (String) w1001.get("month");
        if (!acceptanceMonth.equals(month)) {
            before = Map.of();
            month = acceptanceMonth;
        }

        Map<String, BigDecimal> after = individuals(month);
        assertThat(after.get("w1001").subtract(before.getOrDefault("w1001", BigDecimal.ZERO)))
                .isEqualByComparingTo("1.20");
        assertThat(after.get("w1002").subtract(before.getOrDefault("w1002", BigDecimal.ZERO)))
                .isEqualByComparingTo("0.80");

        Map<String, Object> units = as("w1001").getForObject("/api/leaderboards/units?period={p}&size=100", Map.class,
                month);
        assertThat((List<Map<String, Object>>) units.get("rows")).extracting(r -> r.get("key")).contains("ZC1");
        assertThat(as("w1001").getForEntity("/api/leaderboards/teams?period={p}", String.class, month)
                .getStatusCode().value()).isEqualTo(404);
        assertThat(as("w1001").getForEntity("/api/leaderboards/units?period=2026-13", String.class)
                .getStatusCode().value()).isEqualTo(400);
    }

    @SuppressWarnings("unchecked")
    private Map<String, BigDecimal> individuals(String month) {
        Map<String, Object> board = as("leader").getForObject("/api/leaderboards/individuals?period={p}&size=100",
                Map.class, month);
        assertThat(board.get("period")).isEqualTo(month);
        Map<String, BigDecimal> points = new java.util.HashMap<>();
        for (Map<String, Object> row : (List<Map<String, Object>>) board.get("rows")) {
            points.put((String) row.get("key"), decimal(row.get("points")));
        }
        return points;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> entryOf(String workerId, String proposalId) {
        Map<String, Object> mine = as(workerId).getForObject("/api/workers/me/points", Map.class);
        return ((List<Map<String, Object>>) mine.get("entries")).stream()
                .filter(e -> proposalId.equals(e.get("proposalId")) && "ACCEPTED".equals(e.get("kind")))
                .findFirst().orElse(null);
    }

    private List<String> pendingProposals(String userId) {
        return as(userId).exchange("/api/screenings?size=100", HttpMethod.GET, null, LIST).getBody().stream()
                .map(s -> (String) s.get("proposalId")).toList();
    }

    private static BigDecimal decimal(Object value) {
        return new BigDecimal(String.valueOf(value));
    }
}
