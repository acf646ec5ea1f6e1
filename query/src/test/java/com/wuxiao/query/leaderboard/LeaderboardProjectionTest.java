package com.wuxiao.query.leaderboard;

import com.wuxiao.command.appraisal.api.PointsAwardedEvent;
import com.wuxiao.command.appraisal.api.RankedProposal;
import com.wuxiao.command.appraisal.api.RewardGrantedEvent;
import com.wuxiao.command.appraisal.api.RoundFinalisedEvent;
import com.wuxiao.command.common.api.PointsEarnedEvent;
import com.wuxiao.command.common.api.PointsReason;
import com.wuxiao.command.competition.api.Category;
import com.wuxiao.command.competition.api.CompetitionYearConfiguredEvent;
import com.wuxiao.command.competition.api.Grade;
import com.wuxiao.command.competition.api.ReviewDeadlines;
import com.wuxiao.command.competition.api.YearConfig;
import com.wuxiao.command.proposal.api.Author;
import com.wuxiao.command.proposal.api.ProposalAcceptedEvent;
import com.wuxiao.command.proposal.api.ProposalContent;
import com.wuxiao.command.proposal.api.ProposalRevisedEvent;
import com.wuxiao.command.proposal.api.ProposalSubmittedEvent;
import com.wuxiao.command.proposal.api.ProposalType;
import com.wuxiao.query.leaderboard.api.FindLeaderboardQuery;
import com.wuxiao.query.leaderboard.api.LeaderboardKind;
import com.wuxiao.query.leaderboard.api.LeaderboardRow;
import com.wuxiao.query.leaderboard.api.LedgerEntryKind;
import com.wuxiao.query.leaderboard.api.WorkerPoints;
import com.wuxiao.query.period.api.Period;
import com.wuxiao.query.testing.EventFeed;
import com.wuxiao.query.testing.TestDatabase;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.queryhandling.SimpleQueryUpdateEmitter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The leaderboards on a real PostgreSQL, from the events alone: 2034 (a year no other test uses), units
 * A and B. Every number below is worked out by hand from the events; the points of each entry come as
 * the command side split them.
 */
class LeaderboardProjectionTest {

    private static final List<String> PERIODS = List.of("2034", "2034-Q1", "2034-Q2", "2034-03", "2034-04",
            "2034-05");

    private final LeaderboardProjection projection =
            new LeaderboardProjection(TestDatabase.jdbc(), SimpleQueryUpdateEmitter.builder().build());
    private final EventFeed events = new EventFeed(projection, "Aggregate");
    private final LeaderboardReadModel boards = new LeaderboardReadModel(TestDatabase.jdbc());

    @BeforeEach
    void empty() {
        projection.reset();
    }

    @Test
    void theYearsBoards() {
        story();

        // a1: 1.20 accepted + 12.00 FIRST + 3.00 patent filed; b1: 0.80 + 8.00 + 2.00; b2: accepted for 0.00
        assertThat(rows(LeaderboardKind.INDIVIDUALS, "2034")).containsExactly(
                new LeaderboardRow(1, "a1", null, "A", new BigDecimal("16.20"), 300_000L, null, 1, 1),
                new LeaderboardRow(2, "b1", null, "B", new BigDecimal("10.80"), 200_000L, null, 1, 1),
                new LeaderboardRow(3, "b2", null, "B", new BigDecimal("0.00"), 0L, null, 1, 0));
        // points where the members belong; accepted and awarded count the unit's own proposals (p1 is A's)
        assertThat(rows(LeaderboardKind.UNITS, "2034")).containsExactly(
                new LeaderboardRow(1, "A", null, null, new BigDecimal("16.20"), 300_000L, 1, 1, 1),
                new LeaderboardRow(2, "B", null, null, new BigDecimal("10.80"), 200_000L, 2, 1, 0));
        // p1 is JDYS: 16.20 + 10.80; p2 was revised from JDYS to TFAQ, whose name the year's second
        // configuration changed
        assertThat(rows(LeaderboardKind.CATEGORIES, "2034")).containsExactly(
                new LeaderboardRow(1, "JDYS", "机电运输", null, new BigDecimal("27.00"), 500_000L, null, 1, 1),
                new LeaderboardRow(2, "TFAQ", "通风与安全", null, new BigDecimal("0.00"), 0L, null, 1, 0));
    }

    @Test
    void anAcceptanceCountsInItsMonthInBeijing() {
        story();

        // p2 was accepted at 17:00 UTC on 31 March: 1 April in Beijing
        assertThat(rows(LeaderboardKind.UNITS, "2034-03")).containsExactly(
                new LeaderboardRow(1, "A", null, null, new BigDecimal("1.20"), 0L, 1, 1, 0),
                new LeaderboardRow(2, "B", null, null, new BigDecimal("0.80"), 0L, 1, 0, 0));
        assertThat(rows(LeaderboardKind.INDIVIDUALS, "2034-04"))
                .extracting(LeaderboardRow::key, LeaderboardRow::points, LeaderboardRow::accepted)
                .containsExactly(tuple("a1", new BigDecimal("12.00"), 0),
                        tuple("b1", new BigDecimal("8.00"), 0),
                        tuple("b2", new BigDecimal("0.00"), 1));

        WorkerPoints b1 = boards.worker("b1", Period.parse("2034-03"));
        assertThat(b1.entries()).singleElement().satisfies(entry -> {
            assertThat(entry.kind()).isEqualTo(LedgerEntryKind.ACCEPTED);
            assertThat(entry.proposalId()).isEqualTo("p1");
            assertThat(entry.unitId()).as("b1's own unit, not the proposal's").isEqualTo("B");
            assertThat(entry.share()).isEqualTo(40);
            assertThat(entry.points()).isEqualByComparingTo("0.80");
        });
    }

    @Test
    void redeliveryAndAReplayInAnotherOrderChangeNothing() {
        story();
        Map<String, Object> before = everyBoard();

        events.delivered().forEach(events::deliver);   // everything delivered twice
        assertThat(everyBoard()).isEqualTo(before);

        projection.reset();
        assertThat(rows(LeaderboardKind.INDIVIDUALS, "2034")).isEmpty();
        // a replay in parallel segments interleaves the aggregates in any order; each aggregate's own
        // order stays: here the patent and the round before the proposals, the year's configuration last
        List<List<DomainEventMessage<?>>> aggregates = new ArrayList<>(events.delivered().stream()
                .collect(Collectors.groupingBy(DomainEventMessage::getAggregateIdentifier, LinkedHashMap::new,
                        Collectors.toList())).values());
        Collections.reverse(aggregates);
        aggregates.forEach(stream -> stream.forEach(events::deliver));
        assertThat(everyBoard()).isEqualTo(before);
    }

    @Test
    void everyReasonForPointsIsAKindOfLedgerEntry() {
        for (PointsReason reason : PointsReason.values()) {
            assertThat(LedgerEntryKind.valueOf(reason.name()).zh()).as(reason.name()).isEqualTo(reason.zh());
        }
    }

    /** The events of the test's year, per aggregate. */
    private void story() {
        publish("2034", new CompetitionYearConfiguredEvent("2034", config("通风安全"), "leader",
                Instant.parse("2034-01-02T02:00:00Z")));
        publish("2034", new CompetitionYearConfiguredEvent("2034", config("通风与安全"), "leader",
                Instant.parse("2034-02-01T02:00:00Z")));

        // p1 of A by a1 (A) and b1 (B), accepted in March: 2 points × 60 / 100 and × 40 / 100
        publish("p1", submitted("p1", "A", List.of(new Author("a1", 60), new Author("b1", 40))));
        Instant p1Accepted = Instant.parse("2034-03-10T02:00:00Z");
        publish("p1", new ProposalAcceptedEvent("p1", "cA", 1, null, p1Accepted, Map.of("a1", "A", "b1", "B")));
        publish("p1", points("p1", "p1", "A", "a1", "A", PointsReason.ACCEPTED, 60, "1.20", p1Accepted));
        publish("p1", points("p1", "p1", "A", "b1", "B", PointsReason.ACCEPTED, 40, "0.80", p1Accepted));

        // p2 of B by b2 alone, revised into another category, accepted on 1 April (Beijing) with 0 points
        publish("p2", submitted("p2", "B", List.of(new Author("b2", 100))));
        publish("p2", new ProposalRevisedEvent("p2", "b2", 2, content("TFAQ"), List.of(new Author("b2", 100)), null,
                Instant.parse("2034-03-20T02:00:00Z")));
        Instant p2Accepted = Instant.parse("2034-03-31T17:00:00Z");
        publish("p2", new ProposalAcceptedEvent("p2", "cB", 2, null, p2Accepted, Map.of("b2", "B")));
        publish("p2", points("p2", "p2", "B", "b2", "B", PointsReason.ACCEPTED, 100, "0.00", p2Accepted));

        // the round, finalised in April: p1 FIRST (20 points, ¥5,000 split 60/40)
        Instant finalised = Instant.parse("2034-04-05T02:00:00Z");
        publish("2034-Q1", new RoundFinalisedEvent("2034-Q1", 2034, 1, List.of(
                new RankedProposal("p1", "A", new BigDecimal("90.00"), 1, Grade.FIRST)), "leader", finalised));
        publish("2034-Q1", new RewardGrantedEvent("2034-Q1", "p1", "A", "a1", "A", Grade.FIRST, 60, 300_000,
                finalised));
        publish("2034-Q1", new PointsAwardedEvent("2034-Q1", "p1", "A", "a1", "A", Grade.FIRST, 60,
                new BigDecimal("12.00"), finalised));
        publish("2034-Q1", new RewardGrantedEvent("2034-Q1", "p1", "A", "b1", "B", Grade.FIRST, 40, 200_000,
                finalised));
        publish("2034-Q1", new PointsAwardedEvent("2034-Q1", "p1", "A", "b1", "B", Grade.FIRST, 40,
                new BigDecimal("8.00"), finalised));

        // p1's patent filed in May: 5 points × 60 / 100 and × 40 / 100
        Instant filed = Instant.parse("2034-05-02T02:00:00Z");
        publish("PAT-p1", points("PAT-p1", "p1", "A", "a1", "A", PointsReason.PATENT_FILED, 60, "3.00", filed));
        publish("PAT-p1", points("PAT-p1", "p1", "A", "b1", "B", PointsReason.PATENT_FILED, 40, "2.00", filed));
    }

    private static YearConfig config(String tfaqName) {
        return YearConfig.defaults(2034, List.of(new Category("JDYS", "机电运输"), new Category("TFAQ", tfaqName)));
    }

    private static ProposalContent content(String category) {
        return new ProposalContent("题目", ProposalType.INNOVATION, category, "问题", "方案",
                new BigDecimal("1000"), null, new BigDecimal("10"));
    }

    private static ProposalSubmittedEvent submitted(String id, String unit, List<Author> authors) {
        return new ProposalSubmittedEvent(id, authors.get(0).workerId(), unit, content("JDYS"), authors, null, 2034, 3,
                Instant.parse("2034-03-01T02:00:00Z"), ReviewDeadlines.defaults());
    }

    private static PointsEarnedEvent points(String sourceId, String proposalId, String proposalUnit, String worker,
                                            String workerUnit, PointsReason reason, int share, String points,
                                            Instant at) {
        return new PointsEarnedEvent(sourceId, proposalId, proposalUnit, worker, workerUnit, reason, share,
                new BigDecimal(points), at);
    }

    private List<LeaderboardRow> rows(LeaderboardKind kind, String period) {
        return boards.board(new FindLeaderboardQuery(kind, Period.parse(period), 0, FindLeaderboardQuery.MAX_SIZE))
                .rows();
    }

    /** Every board of every period of the story, and each worker's points. */
    private Map<String, Object> everyBoard() {
        Map<String, Object> all = new LinkedHashMap<>();
        for (String period : PERIODS) {
            for (LeaderboardKind kind : LeaderboardKind.values()) {
                all.put(kind + " " + period, boards.board(new FindLeaderboardQuery(kind, Period.parse(period), 0,
                        FindLeaderboardQuery.MAX_SIZE)));
            }
        }
        for (String worker : List.of("a1", "b1", "b2")) {
            all.put(worker, boards.worker(worker, null));
        }
        return all;
    }

    private void publish(String aggregateId, Object event) {
        events.publish(aggregateId, event);
    }
}
