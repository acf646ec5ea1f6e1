package com.wuxiao.query.funnel;

import com.wuxiao.command.appraisal.api.RankedProposal;
import com.wuxiao.command.appraisal.api.RoundFinalisedEvent;
import com.wuxiao.command.competition.api.Grade;
import com.wuxiao.command.competition.api.ReviewDeadlines;
import com.wuxiao.command.conversion.api.BenefitReportedEvent;
import com.wuxiao.command.conversion.api.PlannedMilestones;
import com.wuxiao.command.conversion.api.ResultAdoptedEvent;
import com.wuxiao.command.conversion.api.ResultHandedOverEvent;
import com.wuxiao.command.patent.api.PatentFiledEvent;
import com.wuxiao.command.patent.api.PatentGrantedEvent;
import com.wuxiao.command.patent.api.PatentType;
import com.wuxiao.command.proposal.api.Author;
import com.wuxiao.command.proposal.api.ProposalAcceptedEvent;
import com.wuxiao.command.proposal.api.ProposalContent;
import com.wuxiao.command.proposal.api.ProposalSubmittedEvent;
import com.wuxiao.command.proposal.api.ProposalType;
import com.wuxiao.query.funnel.api.FindFunnelQuery;
import com.wuxiao.query.funnel.api.Funnel;
import com.wuxiao.query.funnel.api.FunnelRow;
import com.wuxiao.query.funnel.api.MeasuredBenefit;
import com.wuxiao.query.period.api.Period;
import com.wuxiao.query.testing.TestDatabase;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The funnel read model on a real PostgreSQL. Results of units A and B in 2032 (a year no other test
 * uses); every expected number below is worked out by hand from the events and the stage rules of
 * {@link FunnelRow}.
 */
class FunnelProjectionTest {

    private static final Instant AWARDED = Instant.parse("2032-04-10T02:00:00Z");
    private static final ProposalContent CONTENT = new ProposalContent("题目", ProposalType.INNOVATION, "JDYS",
            "问题", "方案", new BigDecimal("1000"), null, new BigDecimal("10"));

    private final FunnelProjection projection = new FunnelProjection(TestDatabase.jdbc());
    private final AnnotationEventHandlerAdapter adapter = new AnnotationEventHandlerAdapter(projection);
    private final FunnelQueries queries = new FunnelQueries(new FunnelReadModel(TestDatabase.jdbc()));
    /** Every event published, per aggregate in its order, for redelivery and replay. */
    private final Map<String, List<DomainEventMessage<?>>> stream = new LinkedHashMap<>();
    private final Map<String, Long> sequences = new HashMap<>();

    @BeforeEach
    void empty() {
        projection.reset();
    }

    @Test
    void theYearPerUnitAndInTotal() {
        story();

        Funnel year = funnel("2032", null);

        // A: p1, p2 submitted, accepted, awarded; p1 filed and granted; both handed over and first adopted
        // (p1 after 90 days, p2 after 62); p1 replicated once; p1's adoption by B reported 12 months
        assertThat(year.units()).extracting(FunnelRow::unitId).containsExactly("A", "B");
        assertThat(year.units().get(0)).isEqualTo(new FunnelRow("A", 2, 2, 2, 1, 1, 2, 2, 1,
                new BigDecimal("1.0000"), new BigDecimal("76.0"),
                new MeasuredBenefit(1, new BigDecimal("12000.50"), 2, new BigDecimal("120.00"))));
        // B: p3, p5 submitted (p4 on 31 Dec 2031, Beijing time); p3, p4, p5 accepted; p4, p5 awarded;
        // p4 filed, handed over and adopted 81 days 14.5 hours after its award; nothing reported
        assertThat(year.units().get(1)).isEqualTo(new FunnelRow("B", 2, 3, 2, 1, 0, 1, 1, 0,
                new BigDecimal("0.5000"), new BigDecimal("81.6"),
                new MeasuredBenefit(0, new BigDecimal("0.00"), 0, new BigDecimal("0.00"))));
        // (90 + 62 + 81.604) / 3 = 77.868 days; 3 adopted of 4 awarded
        assertThat(year.total()).isEqualTo(new FunnelRow(null, 4, 5, 4, 2, 1, 3, 3, 1,
                new BigDecimal("0.7500"), new BigDecimal("77.9"),
                new MeasuredBenefit(1, new BigDecimal("12000.50"), 2, new BigDecimal("120.00"))));
        assertThat(year.period()).isEqualTo("2032");
    }

    @Test
    void eachStageCountsInThePeriodItHappenedInBeijingTime() {
        story();

        // Q2: the awards, both filings, three first handovers; only p2 was adopted (p4 on 1 July, Beijing)
        Funnel q2 = funnel("2032-Q2", null);
        assertThat(q2.units().get(0)).isEqualTo(new FunnelRow("A", 0, 0, 2, 1, 0, 2, 1, 0,
                new BigDecimal("0.5000"), new BigDecimal("62.0"),
                new MeasuredBenefit(0, new BigDecimal("0.00"), 0, new BigDecimal("0.00"))));
        assertThat(q2.units().get(1)).isEqualTo(new FunnelRow("B", 0, 0, 2, 1, 0, 1, 0, 0,
                new BigDecimal("0.0000"), null,
                new MeasuredBenefit(0, new BigDecimal("0.00"), 0, new BigDecimal("0.00"))));

        // July: p1 (90 days) and p4 (81.604 days) first adopted, nothing awarded: no rate
        Funnel july = funnel("2032-07", null);
        assertThat(july.total()).isEqualTo(new FunnelRow(null, 0, 0, 0, 0, 0, 0, 2, 0, null, new BigDecimal("85.8"),
                new MeasuredBenefit(1, new BigDecimal("12000.50"), 2, new BigDecimal("120.00"))));

        // April: p1's patent was filed on 28 April, though recorded on 1 May
        assertThat(funnel("2032-04", null).total().patentsFiled()).isEqualTo(1);
        assertThat(funnel("2032-05", null).total().patentsFiled()).as("p4's, filed 2 May").isEqualTo(1);

        // October: p1's replication to C only
        assertThat(funnel("2032-10", null).total().replicated()).isEqualTo(1);
        assertThat(funnel("2032-10", null).total().adopted()).isZero();
    }

    @Test
    void oneUnitOnly() {
        story();

        Funnel b = funnel("2032", "B");

        assertThat(b.units()).extracting(FunnelRow::unitId).containsExactly("B");
        assertThat(b.total()).usingRecursiveComparison().ignoringFields("unitId").isEqualTo(b.units().get(0));
    }

    @Test
    void redeliveryAndAReplayInAnotherOrderChangeNothing() {
        story();
        Funnel before = funnel("2032", null);

        stream.values().forEach(events -> events.forEach(this::handle));   // everything delivered twice
        assertThat(funnel("2032", null)).isEqualTo(before);

        projection.reset();
        assertThat(funnel("2032", null).total().submitted()).isZero();
        // aggregates interleave differently in a replay; each aggregate's own order stays
        List<List<DomainEventMessage<?>>> aggregates = new ArrayList<>(stream.values());
        Collections.reverse(aggregates);
        aggregates.forEach(events -> events.forEach(this::handle));
        assertThat(funnel("2032", null)).isEqualTo(before);
    }

    /** The events of the test's year, per aggregate. */
    private void story() {
        proposal("p1", "A", "2032-01-10T02:00:00Z", "2032-02-01T02:00:00Z");
        proposal("p2", "A", "2032-01-15T02:00:00Z", "2032-02-02T02:00:00Z");
        proposal("p3", "B", "2032-02-01T02:00:00Z", "2032-03-01T02:00:00Z");
        proposal("p4", "B", "2031-12-31T15:00:00Z", "2032-01-05T02:00:00Z");
        proposal("p5", "B", "2032-02-10T02:00:00Z", "2032-03-05T02:00:00Z");
        publish("2032-Q1", new RoundFinalisedEvent("2032-Q1", 2032, 1, List.of(
                new RankedProposal("p1", "A", new BigDecimal("90.00"), 1, Grade.FIRST),
                new RankedProposal("p4", "B", new BigDecimal("85.00"), 2, Grade.SECOND),
                new RankedProposal("p2", "A", new BigDecimal("80.00"), 3, Grade.THIRD),
                new RankedProposal("p5", "B", new BigDecimal("70.00"), 4, Grade.MERIT),
                new RankedProposal("p3", "B", new BigDecimal("50.00"), 5, Grade.NONE)), "leader", AWARDED));

        publish("PAT-p1", new PatentFiledEvent("PAT-p1", "p1", "A", PatentType.INVENTION, "CN2032100001.0",
                LocalDate.parse("2032-04-28"), "leader", Instant.parse("2032-05-01T02:00:00Z")));
        publish("PAT-p1", new PatentGrantedEvent("PAT-p1", "p1", "A", PatentType.INVENTION, "ZL2032100001.0",
                LocalDate.parse("2032-08-30"), "leader", Instant.parse("2032-09-01T02:00:00Z")));
        publish("PAT-p4", new PatentFiledEvent("PAT-p4", "p4", "B", PatentType.UTILITY_MODEL, "CN2032200002.0",
                LocalDate.parse("2032-05-02"), "leader", Instant.parse("2032-05-02T02:00:00Z")));

        // the replication's conversion reaches the projection before the first adoption's (another
        // segment lagging): which adoption came first is decided by time, not by arrival
        handedOver("CONV-p1-C", "p1", "A", "2032-08-01T02:00:00Z");
        adopted("CONV-p1-C", "p1", "A", true, "2032-10-01T02:00:00Z");
        handedOver("CONV-p1-B", "p1", "A", "2032-05-10T02:00:00Z");
        adopted("CONV-p1-B", "p1", "A", false, "2032-07-09T02:00:00Z");
        benefit("CONV-p1-B", "p1", "A", 3, "10000.00", 1, "100.5");
        benefit("CONV-p1-B", "p1", "A", 12, "12000.50", 2, "120");
        handedOver("CONV-p2-C", "p2", "A", "2032-06-01T02:00:00Z");
        adopted("CONV-p2-C", "p2", "A", false, "2032-06-11T02:00:00Z");
        handedOver("CONV-p4-A", "p4", "B", "2032-06-01T02:00:00Z");
        adopted("CONV-p4-A", "p4", "B", false, "2032-06-30T16:30:00Z");   // 1 July in Beijing
        // the 3-month report delivered again after the 12-month one does not replace it
        handle(stream.get("CONV-p1-B").get(2));
    }

    private Funnel funnel(String period, String unit) {
        return queries.handle(new FindFunnelQuery(Period.parse(period), unit));
    }

    private void proposal(String id, String unit, String submittedAt, String acceptedAt) {
        publish(id, new ProposalSubmittedEvent(id, "w-" + id, unit, CONTENT, List.of(new Author("w-" + id, 100)),
                null, 2032, 1, Instant.parse(submittedAt), ReviewDeadlines.defaults()));
        publish(id, new ProposalAcceptedEvent(id, "c1", 1, "好", Instant.parse(acceptedAt),
                Map.of("w-" + id, unit)));
    }

    private void handedOver(String conversionId, String proposalId, String resultUnit, String at) {
        String receiving = conversionId.substring(conversionId.lastIndexOf('-') + 1);
        publish(conversionId, new ResultHandedOverEvent(conversionId, proposalId, "题目", resultUnit, receiving,
                "owner-" + receiving, new PlannedMilestones(LocalDate.parse("2032-06-01"),
                LocalDate.parse("2032-06-20"), LocalDate.parse("2032-07-01")), AWARDED, "leader", Instant.parse(at)));
    }

    private void adopted(String conversionId, String proposalId, String resultUnit, boolean replication, String at) {
        String receiving = conversionId.substring(conversionId.lastIndexOf('-') + 1);
        publish(conversionId, new ResultAdoptedEvent(conversionId, proposalId, resultUnit, receiving, replication,
                AWARDED, "owner-" + receiving, Instant.parse(at)));
    }

    private void benefit(String conversionId, String proposalId, String resultUnit, int months, String cny,
                         int incidents, String hours) {
        String receiving = conversionId.substring(conversionId.lastIndexOf('-') + 1);
        publish(conversionId, new BenefitReportedEvent(conversionId, proposalId, resultUnit, receiving, months,
                new BigDecimal(cny), incidents, new BigDecimal(hours), "owner-" + receiving,
                Instant.parse("2033-01-01T00:00:00Z")));
    }

    private void publish(String aggregateId, Object event) {
        long sequence = sequences.merge(aggregateId, 0L, (last, zero) -> last + 1);
        DomainEventMessage<?> message = new GenericDomainEventMessage<>("Aggregate", aggregateId, sequence, event);
        stream.computeIfAbsent(aggregateId, id -> new ArrayList<>()).add(message);
        handle(message);
    }

    private void handle(DomainEventMessage<?> message) {
        try {
            adapter.handle(message);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
