package com.wuxiao.infra.it;

import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The union office opens the quarter's round over the accepted proposals; nobody else can. */
class AppraisalStartTest extends IntegrationTestSupport {

    @Test
    void theUnionLeaderOpensTheQuartersRound() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        int quarter = (today.getMonthValue() - 1) / 3 + 1;
        Map<String, Object> start = Map.of("year", today.getYear(), "quarter", quarter);
        String proposalId = submit("w1001", proposalBody("顶板离层在线监测"));
        await().atMost(Duration.ofSeconds(20)).until(() -> !tasksVisibleTo("c1001", proposalId).isEmpty());
        assertThat(as("c1001").postForEntity("/api/screenings/{id}", Map.of("outcome", "ACCEPT"), Map.class,
                proposalId).getStatusCode().value()).isEqualTo(204);
        awaitProposalStatus("w1001", proposalId, "ACCEPTED");

        assertThat(as("w1001").postForEntity("/api/appraisal-rounds", start, Map.class).getStatusCode().value())
                .as("a worker cannot open a round").isEqualTo(403);

        ResponseEntity<Map> opened = as("leader").postForEntity("/api/appraisal-rounds", start, Map.class);
        assertThat(opened.getStatusCode().value()).as(String.valueOf(opened.getBody())).isEqualTo(201);
        String roundId = today.getYear() + "-Q" + quarter;
        assertThat(opened.getBody()).containsEntry("roundId", roundId);

        String round = await().atMost(Duration.ofSeconds(20)).until(
                () -> as("leader").getForEntity("/api/appraisal-rounds/{id}", String.class, roundId),
                r -> r.getStatusCode().value() == 200 && r.getBody().contains(proposalId)).getBody();
        assertThat(round).contains(roundId);
    }
}
