package com.wuxiao.query.commendation;

import com.wuxiao.command.appraisal.api.RankedProposal;
import com.wuxiao.command.appraisal.api.RoundFinalisedEvent;
import com.wuxiao.command.commendation.api.CommendationConfirmedEvent;
import com.wuxiao.command.commendation.api.CommendationDraftedEvent;
import com.wuxiao.command.commendation.api.CommendedWorker;
import com.wuxiao.command.commendation.api.ResultRecommendedEvent;
import com.wuxiao.command.commendation.api.UnitScore;
import com.wuxiao.command.commendation.api.UnitStanding;
import com.wuxiao.command.commendation.api.WorkerStanding;
import com.wuxiao.command.competition.api.Grade;
import com.wuxiao.command.competition.api.ReviewDeadlines;
import com.wuxiao.command.competition.api.UnitHeadcountsSetEvent;
import com.wuxiao.command.conversion.api.ResultAdoptedEvent;
import com.wuxiao.command.proposal.api.Author;
import com.wuxiao.command.proposal.api.ProposalContent;
import com.wuxiao.command.proposal.api.ProposalSubmittedEvent;
import com.wuxiao.command.proposal.api.ProposalType;
import com.wuxiao.query.commendation.api.CommendationDetail;
import com.wuxiao.query.commendation.api.CommendationStandings;
import com.wuxiao.query.commendation.api.FindCommendationQuery;
import com.wuxiao.query.commendation.api.FindCommendationStandingsQuery;
import com.wuxiao.query.testing.TestDatabase;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.api.BeforeEach;
import com.wuxiao.query.projection.EventColumns;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The commendation read model on a real PostgreSQL, fed with events the way the processor does. */
class CommendationProjectionTest {

    private static final int YEAR = 2031;   // a year no other test of this database uses
    private static final Instant T = Instant.parse("2031-07-06T02:00:00Z");
    private static final ProposalContent CONTENT = new ProposalContent("题目", ProposalType.INNOVATION, "JDYS",
            "问题", "方案", new BigDecimal("1000"), null, new BigDecimal("10"));

    private final JdbcClient jdbc = TestDatabase.jdbc();
    private final CommendationProjection projection = new CommendationProjection(jdbc);
    private final AnnotationEventHandlerAdapter adapter = new AnnotationEventHandlerAdapter(projection);
    private final CommendationQueries queries = new CommendationQueries(new CommendationReadModel(jdbc));
    private final Map<String, Long> sequences = new HashMap<>();

    @BeforeEach
    void empty() {
        projection.reset();
        jdbc.sql("DELETE FROM points_ledger WHERE year_key IN ('2030', '2031')").update();
    }

    @Test
    void theStandingsOfAYear() {
        publish("2031", new UnitHeadcountsSetEvent("2031", Map.of("ZC1", 100, "JJ2", 200), "leader", T));
        submitted("p1", "ZC1", YEAR, "w1");
        submitted("p2", "ZC1", YEAR, "w1");
        submitted("p3", "ZC1", YEAR, "w2");
        submitted("p4", "JJ2", YEAR, "w3");
        submitted("p5", "JJ2", YEAR - 1, "w4");
        submitted("p6", "TFQ", YEAR, "w5");
        publish("2031-Q2", new RoundFinalisedEvent("2031-Q2", YEAR, 2, List.of(
                new RankedProposal("p1", "ZC1", new BigDecimal("90.00"), 1, Grade.FIRST),
                new RankedProposal("p3", "ZC1", new BigDecimal("50.00"), 3, Grade.NONE),
                new RankedProposal("p4", "JJ2", new BigDecimal("70.00"), 2, Grade.MERIT)), "leader", T));
        adopted("CONV-p1-JJ2", "p1", "ZC1", "JJ2", false, T);
        adopted("CONV-p1-TFQ", "p1", "ZC1", "TFQ", true, T);   // a replication: no conversion of its own
        adopted("CONV-p2-JJ2", "p2", "ZC1", "JJ2", false, T);
        adopted("CONV-p2-JJ2", "p2", "ZC1", "JJ2", false, T);   // redelivered: counted once
        adopted("CONV-p4-ZC1", "p4", "JJ2", "ZC1", false, Instant.parse("2030-12-31T15:59:59Z"));  // 2030 in Beijing
        ledger("w1", "ZC1", "10.00", "2031");
        ledger("w1", "ZC1", "5.50", "2031");
        ledger("w2", "ZC1", "3.00", "2031");
        ledger("w3", "JJ2", "4.00", "2030");

        CommendationStandings standings = queries.handle(new FindCommendationStandingsQuery(YEAR));

        assertThat(standings.workers()).containsExactly(
                new WorkerStanding("w1", "ZC1", new BigDecimal("15.50")),
                new WorkerStanding("w2", "ZC1", new BigDecimal("3.00")));
        // distinct submitters of the year: ZC1 w1, w2; JJ2 w3 (w4 submitted the year before); TFQ w5 without headcount
        // results converted in 2031: ZC1's p1 (by JJ2; its replication to TFQ does not count again) and p2;
        // JJ2's p4 was converted in 2030
        assertThat(standings.units()).containsExactly(
                new UnitStanding("JJ2", 200, 1, 1, 0),
                new UnitStanding("TFQ", 0, 1, 0, 0),
                new UnitStanding("ZC1", 100, 2, 1, 2));
    }

    @Test
    void draftsAreForTheUnionOfficeUntilConfirmedAndAnOlderDraftDoesNotWin() {
        CommendationDraftedEvent first = drafted("w1");
        CommendationDraftedEvent second = drafted("w2");
        publish("COMM-2031", first);
        publish("COMM-2031", second);
        adapterHandle("COMM-2031", 0, first);  // redelivered, older

        assertThat(queries.handle(new FindCommendationQuery(YEAR, false))).as("not confirmed yet").isNull();
        CommendationDetail draft = queries.handle(new FindCommendationQuery(YEAR, true));
        assertThat(draft.status()).isEqualTo("DRAFTED");
        assertThat(draft.workers()).extracting(CommendedWorker::workerId).containsExactly("w2");
        assertThat(draft.units()).extracting(UnitScore::unitId, UnitScore::commended)
                .containsExactly(tuple("ZC1", true));

        publish("COMM-2031", new CommendationConfirmedEvent("COMM-2031", YEAR, "leader", T));
        publish("COMM-2031", new ResultRecommendedEvent("COMM-2031", YEAR, "p1", "题目", "ZC1", Grade.FIRST,
                "推荐", "leader", T));

        CommendationDetail confirmed = queries.handle(new FindCommendationQuery(YEAR, false));
        assertThat(confirmed.status()).isEqualTo("CONFIRMED");
        assertThat(confirmed.confirmedBy()).isEqualTo("leader");
        assertThat(confirmed.workers()).extracting(CommendedWorker::workerId).containsExactly("w2");
        assertThat(confirmed.recommendations()).singleElement()
                .satisfies(r -> assertThat(r.proposalId()).isEqualTo("p1"));
    }

    private static CommendationDraftedEvent drafted(String worker) {
        return new CommendationDraftedEvent("COMM-2031", YEAR,
                List.of(new CommendedWorker(1, worker, "ZC1", new BigDecimal("12.00"))),
                List.of(new UnitScore(1, "ZC1", new BigDecimal("0.1000"), new BigDecimal("1.0000"), 0,
                        new BigDecimal("80.00"), true)), "leader", T);
    }

    private void submitted(String proposalId, String unit, int year, String submitter) {
        publish(proposalId, new ProposalSubmittedEvent(proposalId, submitter, unit, CONTENT,
                List.of(new Author(submitter, 100)), null, year, 3, T, ReviewDeadlines.defaults()));
    }

    private void adopted(String conversionId, String proposalId, String resultUnit, String receivingUnit,
                         boolean replication, Instant at) {
        adapterHandle(conversionId, 3, new ResultAdoptedEvent(conversionId, proposalId, resultUnit, receivingUnit,
                replication, T.minusSeconds(86_400 * 30), "owner", at));
    }

    private void ledger(String worker, String unit, String points, String yearKey) {
        jdbc.sql("""
                        INSERT INTO points_ledger (event_id, worker_id, kind, proposal_id, unit_id, share, points,
                            occurred_at, month_key, quarter_key, year_key, recorded_at)
                        VALUES (:event, :worker, 'AWARD_POINTS', 'p1', :unit, 100, :points, now(),
                            :year || '-07', :year || '-Q3', :year, now())""")
                .param("event", UUID.randomUUID().toString()).param("worker", worker).param("unit", unit)
                .param("year", yearKey).param("points", new BigDecimal(points)).update();
    }

    /** 时间回溯: every set of headcounts is kept; as of an instant the latest set recorded by then counts. */
    @Test
    void theStandingsAsOfAnInstantTakeTheHeadcountsAndSubmissionsRecordedByThen() {
        Instant first = Instant.parse("2031-03-01T01:00:00Z");
        Instant second = Instant.parse("2031-09-01T01:00:00Z");
        recorded("2031", new UnitHeadcountsSetEvent("2031", Map.of("ZC1", 100), "leader", first), first);
        recorded("p1", new ProposalSubmittedEvent("p1", "w1", "ZC1", CONTENT, List.of(new Author("w1", 100)), null,
                YEAR, 3, first.plusSeconds(60), ReviewDeadlines.defaults()), first.plusSeconds(60));
        recorded("2031", new UnitHeadcountsSetEvent("2031", Map.of("ZC1", 250, "JJ2", 80), "leader", second), second);

        assertThat(queries.handle(new FindCommendationStandingsQuery(YEAR, first.minusSeconds(1))).units())
                .as("before anything was recorded").isEmpty();
        assertThat(queries.handle(new FindCommendationStandingsQuery(YEAR, second.minusSeconds(1))).units())
                .as("the first set, and the submission recorded after it")
                .containsExactly(new UnitStanding("ZC1", 100, 1, 0, 0));
        assertThat(queries.handle(new FindCommendationStandingsQuery(YEAR)).units()).as("now: the second set")
                .containsExactly(new UnitStanding("JJ2", 80, 0, 0, 0), new UnitStanding("ZC1", 250, 1, 0, 0));
    }

    /** An event the app stamped with the instant it was recorded at (EventColumns.RECORDED_AT). */
    private void recorded(String aggregateId, Object event, Instant at) {
        long sequence = sequences.merge(aggregateId, 0L, (last, zero) -> last + 1);
        try {
            adapter.handle(new GenericDomainEventMessage<>("Aggregate", aggregateId, sequence, event,
                    MetaData.with(EventColumns.RECORDED_AT, at.toString())));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void publish(String aggregateId, Object event) {
        long sequence = sequences.merge(aggregateId, 0L, (last, zero) -> last + 1);
        adapterHandle(aggregateId, sequence, event);
    }

    private void adapterHandle(String aggregateId, long sequence, Object event) {
        try {
            adapter.handle(new GenericDomainEventMessage<>("Aggregate", aggregateId, sequence, event));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
