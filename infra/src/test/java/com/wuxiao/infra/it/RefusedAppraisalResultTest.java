package com.wuxiao.infra.it;

import com.wuxiao.command.competition.api.Grade;
import com.wuxiao.command.proposal.api.RecordAppraisalResultCommand;
import com.wuxiao.infra.events.DeadLetterRetry;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A round's results where one proposal refuses its own: it was appraised in another round meanwhile
 * (by the command the appraisal-outcome policy sends, as AuthorizationMatrixTest does). The refusal
 * is parked with its reason where the administrator reads it, the round's other proposals still end
 * AWARDED or NOT_AWARDED, the retry leaves the refusal parked, and the next round's results reach
 * their proposal: nothing waits behind the refusal. In 2020, a year no other test uses.
 */
class RefusedAppraisalResultTest extends AppraisalTestSupport {

    private static final int YEAR = 2020;
    private static final String GROUP = "proposal-appraisal-outcome";
    private static final String PANEL = "r0001, r0003, r0005";
    private static final Set<String> APPRAISED = Set.of("AWARDED", "NOT_AWARDED");

    @Autowired
    private CommandGateway commands;

    @Autowired
    private DeadLetterRetry retry;

    @Autowired
    private EventProcessingConfiguration processing;

    @Test
    @SuppressWarnings("unchecked")
    void aRefusedResultIsParkedWithItsReasonAndTheOtherResultsOfTheRoundAndTheNextStillArrive() {
        clock.travelTo(shanghai(YEAR, 7, 6, 9));
        configureYear(YEAR, pointsTable(2, 20, 12, 6, 2), rewardsTable(500_000, 300_000, 100_000, 30_000));
        List<String> q3 = accepted("七月", 3);
        String round = YEAR + "-Q3";
        String instance = appraiseUntilPublicity(round, 3, q3, shanghai(YEAR, 7, 22, 10));

        String refusing = q3.get(1);
        commands.sendAndWait(new RecordAppraisalResultCommand(refusing, YEAR + "-Q2", Grade.THIRD,
                new BigDecimal("70.00"), 1, clock.instant()));
        clock.travelTo(shanghai(YEAR, 7, 28, 10));
        firePublicityTimer(instance);

        for (String other : List.of(q3.get(0), q3.get(2))) {
            Map<String, Object> appraised = await().atMost(Duration.ofSeconds(30))
                    .until(() -> proposal("leader", other), p -> APPRAISED.contains(p.get("status")));
            assertThat(appraised).containsEntry("roundId", round);
            assertThat(appraised.get("status")).isEqualTo("NONE".equals(appraised.get("grade")) ? "NOT_AWARDED" : "AWARDED");
        }
        assertThat(proposal("leader", refusing)).as("the result of its first round stands")
                .containsEntry("roundId", YEAR + "-Q2").containsEntry("status", "AWARDED");

        // --- the administrator reads the parked result and why --------------------------------------
        Map<String, Object> parked = await().atMost(Duration.ofSeconds(30)).until(() -> parkedResult(refusing), p -> p != null);
        assertThat(parked)
                .containsEntry("processingGroup", GROUP)
                .containsEntry("eventType", "RoundFinalisedEvent")
                .containsEntry("aggregateId", round)
                .containsEntry("causeType", "com.wuxiao.command.common.api.RuleViolation")
                .containsEntry("code", "already-appraised")
                .containsEntry("messageZh", "该申报已在 " + YEAR + "-Q2 评审中定级，不能再次评审")
                .containsEntry("messageEn", "the proposal was appraised in round " + YEAR + "-Q2 already");
        assertThat(parked.get("enqueuedAt")).isNotNull();
        assertThat(as("leader").getForEntity("/api/admin/dead-letters", String.class).getStatusCode().value())
                .isEqualTo(403);

        // --- the periodic retry leaves the refusal be; handed back anyway, it is refused again --------
        retry.retry(GROUP);
        assertThat(parkedResult(refusing)).as("not even tried").isEqualTo(parked);
        boolean healed = processing.sequencedDeadLetterProcessor(GROUP).orElseThrow()
                .process(letter -> refusing.equals(letter.message().getMetaData().get("refusedProposalId")));
        assertThat(healed).isFalse();
        assertThat(parkedResult(refusing)).containsEntry("code", "already-appraised");
        assertThat(proposal("leader", refusing)).containsEntry("roundId", YEAR + "-Q2");

        // --- the next round's results still reach their proposal -------------------------------------
        clock.travelTo(shanghai(YEAR, 10, 12, 9));
        List<String> q4 = accepted("十月", 1);
        String next = YEAR + "-Q4";
        String nextInstance = appraiseUntilPublicity(next, 4, q4, shanghai(YEAR, 10, 22, 10));
        clock.travelTo(shanghai(YEAR, 10, 28, 10));
        firePublicityTimer(nextInstance);
        assertThat(await().atMost(Duration.ofSeconds(30)).until(() -> proposal("leader", q4.get(0)),
                p -> APPRAISED.contains(p.get("status")))).containsEntry("roundId", next);
    }

    /** Proposals of w1001 and w1002 (ZC1), accepted by their coordinator. */
    private List<String> accepted(String month, int count) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(submit("w1001", proposalBody(month + "成果 " + (i + 1) + "：皮带机清扫器改进")));
        }
        ids.forEach(id -> accept("c1001", id));
        ids.forEach(id -> awaitProposalStatus("leader", id, "ACCEPTED"));
        return ids;
    }

    /**
     * Opens the quarter's round over these proposals, has three reviewers score them (the first
     * highest, the last below the merit line) and approves the ranking: the round is in publicity.
     */
    private String appraiseUntilPublicity(String round, int quarter, List<String> proposals, java.time.Instant approvedAt) {
        clock.travelTo(approvedAt.minus(Duration.ofDays(2)));
        String instance = openRound(YEAR, quarter);
        namePanel(round, PANEL, 3);
        runContinuations(instance);
        for (String reviewer : PANEL.split(", ")) {
            for (Map<String, Object> task : tasks(reviewer, round, "scoreProposal")) {
                int score = 90 - 20 * proposals.indexOf(taskVariable(reviewer, task, "proposalId"));
                complete(reviewer, task, scores(score, score, score, "评审意见"));
            }
        }
        runContinuations(instance);
        clock.travelTo(approvedAt);
        complete("leader", singleTask("leader", round, "approveRanking"), Map.of("rankingChecked", true));
        return instance;
    }

    /** The parked result of this proposal, as the administrator's list shows it; null if none. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> parkedResult(String proposalId) {
        ResponseEntity<Map> page = as("admin").getForEntity("/api/admin/dead-letters?size=100", Map.class);
        assertThat(page.getStatusCode().value()).isEqualTo(200);
        return ((List<Map<String, Object>>) page.getBody().get("items")).stream()
                .filter(item -> GROUP.equals(item.get("processingGroup")) && proposalId.equals(item.get("sequence")))
                .findFirst().orElse(null);
    }
}
