package com.wuxiao.query.conversion;

import com.wuxiao.command.conversion.api.AdoptionDeclinedEvent;
import com.wuxiao.command.conversion.api.BenefitReportedEvent;
import com.wuxiao.command.conversion.api.ConversionMilestone;
import com.wuxiao.command.conversion.api.ConversionMilestoneOverdueEvent;
import com.wuxiao.command.conversion.api.PlannedMilestones;
import com.wuxiao.command.conversion.api.ResultAdoptedEvent;
import com.wuxiao.command.conversion.api.ResultHandedOverEvent;
import com.wuxiao.command.conversion.api.TrialEndedEvent;
import com.wuxiao.command.conversion.api.TrialStartedEvent;
import com.wuxiao.query.conversion.api.BenefitReport;
import com.wuxiao.query.conversion.api.ConversionDetail;
import com.wuxiao.query.conversion.api.ConversionPage;
import com.wuxiao.query.conversion.api.ConversionScope;
import com.wuxiao.query.conversion.api.ConversionStatus;
import com.wuxiao.query.conversion.api.ConversionSummary;
import com.wuxiao.query.conversion.api.FindConversionQuery;
import com.wuxiao.query.conversion.api.FindConversionsQuery;
import com.wuxiao.query.conversion.api.ListConversionsQuery;
import com.wuxiao.query.testing.EventFeed;
import com.wuxiao.query.testing.TestDatabase;
import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The conversion read model on a real PostgreSQL, fed with events the way the processor does. */
class ConversionProjectionTest {

    static final Instant T0 = Instant.parse("2027-05-10T01:00:00Z");
    static final Instant AWARDED = Instant.parse("2027-03-31T08:00:00Z");
    static final PlannedMilestones PLANNED = new PlannedMilestones(LocalDate.parse("2027-06-01"),
            LocalDate.parse("2027-08-31"), LocalDate.parse("2027-09-15"));
    private static final ConversionScope ALL = ConversionScope.everything();

    private final JdbcClient jdbc = TestDatabase.jdbc();
    private final ConversionProjection projection = new ConversionProjection(jdbc);
    private final ConversionQueries queries = new ConversionQueries(new ConversionReadModel(jdbc));
    private final EventFeed events = new EventFeed(projection, "Conversion");

    @BeforeEach
    void empty() {
        projection.reset();
    }

    static Instant day(int n) {
        return T0.plus(Duration.ofDays(n));
    }

    static String idOf(String proposalId, String receivingUnit) {
        return "CONV-" + proposalId + "-" + receivingUnit;
    }

    static ResultHandedOverEvent handedOver(String proposalId, String resultUnit, String receivingUnit, String owner,
                                            Instant at) {
        return new ResultHandedOverEvent(idOf(proposalId, receivingUnit), proposalId, "成果" + proposalId, resultUnit,
                receivingUnit, owner, PLANNED, AWARDED, "leader", at);
    }

    static ResultAdoptedEvent adopted(String proposalId, String resultUnit, String receivingUnit, boolean replication,
                                      Instant at) {
        return new ResultAdoptedEvent(idOf(proposalId, receivingUnit), proposalId, resultUnit, receivingUnit,
                replication, AWARDED, "owner", at);
    }

    static BenefitReportedEvent report(String proposalId, String resultUnit, String receivingUnit, int months,
                                       String cny, int incidents, String hours, Instant at) {
        return new BenefitReportedEvent(idOf(proposalId, receivingUnit), proposalId, resultUnit, receivingUnit, months,
                new BigDecimal(cny), incidents, new BigDecimal(hours), "o1", at);
    }

    private ConversionDetail detail(String id) {
        return queries.handle(new FindConversionQuery(id, ALL));
    }

    @Test
    void aConversionFromHandoverToTheTwelveMonthReport() {
        String id = idOf("p1", "JX1");
        events.publish(id, handedOver("p1", "ZC1", "JX1", "o1", day(0)));
        ConversionDetail handed = detail(id);
        assertThat(handed.status()).isEqualTo(ConversionStatus.HANDED_OVER);
        assertThat(handed.proposalId()).isEqualTo("p1");
        assertThat(handed.title()).isEqualTo("成果p1");
        assertThat(handed.resultUnitId()).isEqualTo("ZC1");
        assertThat(handed.receivingUnitId()).isEqualTo("JX1");
        assertThat(handed.ownerId()).isEqualTo("o1");
        assertThat(handed.planned()).isEqualTo(PLANNED);
        assertThat(handed.awardedAt()).isEqualTo(AWARDED);
        assertThat(handed.handedOverBy()).isEqualTo("leader");
        assertThat(handed.handedOverAt()).isEqualTo(day(0));
        assertThat(handed.replication()).isFalse();
        assertThat(handed.latestBenefit()).isNull();
        assertThat(handed.reports()).isEmpty();
        assertThat(handed.lastChange()).isEqualTo(day(0));

        events.publish(id, new ConversionMilestoneOverdueEvent(id, "p1", "JX1", "o1", ConversionMilestone.TRIAL_START,
                LocalDate.parse("2027-06-01"), day(23)));
        assertThat(detail(id).overdueMilestone()).isEqualTo(ConversionMilestone.TRIAL_START);
        assertThat(detail(id).overdueDueOn()).isEqualTo(LocalDate.parse("2027-06-01"));
        assertThat(detail(id).lastChange()).isEqualTo(day(23));

        events.publish(id, new TrialStartedEvent(id, "p1", LocalDate.parse("2027-06-03"), "o1", day(24)));
        ConversionDetail inTrial = detail(id);
        assertThat(inTrial.status()).isEqualTo(ConversionStatus.IN_TRIAL);
        assertThat(inTrial.trialStartedOn()).isEqualTo(LocalDate.parse("2027-06-03"));
        assertThat(inTrial.overdueMilestone()).as("the trial started").isNull();
        assertThat(inTrial.overdueDueOn()).isNull();

        events.publish(id, new TrialEndedEvent(id, "p1", LocalDate.parse("2027-08-30"), "运行稳定", "o1", day(112)));
        events.publish(id, new ConversionMilestoneOverdueEvent(id, "p1", "JX1", "o1",
                ConversionMilestone.ADOPTION_DECISION, LocalDate.parse("2027-09-15"), day(129)));
        ConversionDetail ended = detail(id);
        assertThat(ended.status()).isEqualTo(ConversionStatus.TRIAL_ENDED);
        assertThat(ended.trialEndedOn()).isEqualTo(LocalDate.parse("2027-08-30"));
        assertThat(ended.trialSummary()).isEqualTo("运行稳定");
        assertThat(ended.overdueMilestone()).isEqualTo(ConversionMilestone.ADOPTION_DECISION);

        events.publish(id, adopted("p1", "ZC1", "JX1", false, day(130)));
        events.skip(id);   // the authors' PointsEarnedEvent follows the adoption in the stream
        ConversionDetail adopted = detail(id);
        assertThat(adopted.status()).isEqualTo(ConversionStatus.ADOPTED);
        assertThat(adopted.adoptedAt()).isEqualTo(day(130));
        assertThat(adopted.decidedBy()).isEqualTo("owner");
        assertThat(adopted.replication()).isFalse();
        assertThat(adopted.overdueMilestone()).as("decided").isNull();

        events.publish(id, new ConversionMilestoneOverdueEvent(id, "p1", "JX1", "o1",
                ConversionMilestone.BENEFIT_REPORT_3_MONTHS, LocalDate.parse("2027-12-17"), day(222)));
        assertThat(detail(id).overdueMilestone()).isEqualTo(ConversionMilestone.BENEFIT_REPORT_3_MONTHS);
        events.publish(id, report("p1", "ZC1", "JX1", 3, "120000.50", 1, "300.5", day(225)));
        ConversionDetail threeMonths = detail(id);
        assertThat(threeMonths.overdueMilestone()).as("reported").isNull();
        assertThat(threeMonths.latestBenefit()).isEqualTo(
                new BenefitReport(3, new BigDecimal("120000.50"), 1, new BigDecimal("300.5"), "o1", day(225)));

        events.publish(id, report("p1", "ZC1", "JX1", 12, "250000.00", 2, "640.0", day(500)));
        ConversionDetail twelveMonths = detail(id);
        assertThat(twelveMonths.latestBenefit().monthsAfterAdoption()).as("the 12-month figures win").isEqualTo(12);
        assertThat(twelveMonths.latestBenefit().cnySavedPerYear()).isEqualByComparingTo("250000.00");
        assertThat(twelveMonths.latestBenefit().safetyIncidentsAvoided()).isEqualTo(2);
        assertThat(twelveMonths.latestBenefit().hoursSaved()).isEqualByComparingTo("640.0");
        assertThat(twelveMonths.reports()).extracting(BenefitReport::monthsAfterAdoption, BenefitReport::reportedAt)
                .containsExactly(tuple(3, day(225)), tuple(12, day(500)));
        assertThat(twelveMonths.lastChange()).isEqualTo(day(500));
    }

    @Test
    void aRedeliveredEventChangesNothing() {
        String id = idOf("p2", "JX2");
        List<Object> lifecycle = List.of(
                handedOver("p2", "ZC1", "JX2", "o2", day(0)),
                new TrialStartedEvent(id, "p2", LocalDate.parse("2027-06-01"), "o2", day(22)),
                new ConversionMilestoneOverdueEvent(id, "p2", "JX2", "o2", ConversionMilestone.TRIAL_END,
                        LocalDate.parse("2027-08-31"), day(114)),
                new TrialEndedEvent(id, "p2", LocalDate.parse("2027-09-02"), null, "o2", day(115)),
                adopted("p2", "ZC1", "JX2", true, day(120)),
                report("p2", "ZC1", "JX2", 3, "8000.00", 0, "12.5", day(215)),
                new ConversionMilestoneOverdueEvent(id, "p2", "JX2", "o2", ConversionMilestone.BENEFIT_REPORT_12_MONTHS,
                        LocalDate.parse("2028-09-07"), day(487)),
                report("p2", "ZC1", "JX2", 12, "9500.00", 1, "20.0", day(490)));
        for (Object event : lifecycle) {
            DomainEventMessage<?> message = events.publish(id, event);
            ConversionDetail before = detail(id);
            events.deliver(message);
            assertThat(detail(id)).as("redelivered %s", event.getClass().getSimpleName()).isEqualTo(before);
        }
        ConversionDetail done = detail(id);
        assertThat(done.status()).isEqualTo(ConversionStatus.ADOPTED);
        assertThat(done.replication()).isTrue();
        assertThat(done.overdueMilestone()).isNull();
        assertThat(done.latestBenefit().cnySavedPerYear()).isEqualByComparingTo("9500.00");

        // every earlier event once more, late: still nothing changes (the 3-month report does not win back)
        events.delivered().forEach(events::deliver);
        assertThat(detail(id)).isEqualTo(done);
    }

    @Test
    void aReminderThatCrossedTheMilestoneLeavesNoOverdueMark() {
        String id = idOf("p3", "JX1");
        events.publish(id, handedOver("p3", "JJ2", "JX1", "o1", day(0)));
        events.publish(id, new TrialStartedEvent(id, "p3", LocalDate.parse("2027-06-01"), "o1", day(22)));
        events.publish(id, new ConversionMilestoneOverdueEvent(id, "p3", "JX1", "o1", ConversionMilestone.TRIAL_START,
                LocalDate.parse("2027-06-01"), day(23)));
        assertThat(detail(id).overdueMilestone()).as("started before the reminder arrived").isNull();
        assertThat(detail(id).lastChange()).isEqualTo(day(22));
        events.publish(id, new ConversionMilestoneOverdueEvent(id, "p3", "JX1", "o1",
                ConversionMilestone.BENEFIT_REPORT_3_MONTHS, LocalDate.parse("2027-06-01"), day(24)));
        assertThat(detail(id).overdueMilestone()).as("not adopted: no report due").isNull();

        events.publish(id, new ConversionMilestoneOverdueEvent(id, "p3", "JX1", "o1", ConversionMilestone.TRIAL_END,
                LocalDate.parse("2027-08-31"), day(114)));
        assertThat(detail(id).overdueMilestone()).isEqualTo(ConversionMilestone.TRIAL_END);
        events.publish(id, new AdoptionDeclinedEvent(id, "p3", "效益不明显", "o1", day(120)));
        ConversionDetail declined = detail(id);
        assertThat(declined.status()).isEqualTo(ConversionStatus.DECLINED);
        assertThat(declined.declinedReason()).isEqualTo("效益不明显");
        assertThat(declined.declinedAt()).isEqualTo(day(120));
        assertThat(declined.decidedBy()).isEqualTo("o1");
        assertThat(declined.adoptedAt()).isNull();
        assertThat(declined.overdueMilestone()).as("nothing left to do").isNull();

        events.publish(id, new ConversionMilestoneOverdueEvent(id, "p3", "JX1", "o1",
                ConversionMilestone.ADOPTION_DECISION, LocalDate.parse("2027-09-15"), day(130)));
        assertThat(detail(id).overdueMilestone()).isNull();
    }

    @Test
    void resetAndReplayGiveTheSameRows() {
        fourConversions();
        List<ConversionDetail> before = allDetails();
        assertThat(before).hasSize(4);

        projection.reset();
        assertThat(queries.handle(new FindConversionsQuery(null, null, null, null, 0, 20, ALL)).total()).isZero();
        events.delivered().forEach(events::deliver);

        assertThat(allDetails()).isEqualTo(before);
    }

    @Test
    void pagesAndFilters() {
        fourConversions();

        // last change: x-JX1 30, x-JX2 40, y-JX1 10, z-JX3 20 → x-JX2, x-JX1, z-JX3, y-JX1
        ConversionPage first = queries.handle(new FindConversionsQuery(null, null, null, null, 0, 3, ALL));
        assertThat(first.total()).isEqualTo(4);
        assertThat(first.items()).extracting(ConversionSummary::conversionId)
                .containsExactly("CONV-x-JX2", "CONV-x-JX1", "CONV-z-JX3");
        ConversionPage second = queries.handle(new FindConversionsQuery(null, null, null, null, 1, 3, ALL));
        assertThat(second.items()).extracting(ConversionSummary::conversionId).containsExactly("CONV-y-JX1");
        assertThat(second.total()).isEqualTo(4);

        assertThat(ids(new FindConversionsQuery(ConversionStatus.ADOPTED, null, null, null, 0, 20, ALL)))
                .containsExactly("CONV-x-JX2", "CONV-x-JX1");
        assertThat(ids(new FindConversionsQuery(null, "JJ2", null, null, 0, 20, ALL)))
                .containsExactly("CONV-z-JX3", "CONV-y-JX1");
        assertThat(ids(new FindConversionsQuery(null, null, "JX1", null, 0, 20, ALL)))
                .containsExactly("CONV-x-JX1", "CONV-y-JX1");
        assertThat(ids(new FindConversionsQuery(null, null, null, "o1", 0, 20, ALL)))
                .containsExactly("CONV-x-JX1", "CONV-z-JX3");
        assertThat(ids(new FindConversionsQuery(ConversionStatus.ADOPTED, "ZC1", "JX1", "o1", 0, 20, ALL)))
                .containsExactly("CONV-x-JX1");

        ConversionSummary replication = first.items().get(0);
        assertThat(replication.replication()).isTrue();
        assertThat(replication.status()).isEqualTo(ConversionStatus.ADOPTED);
        assertThat(replication.latestBenefit().monthsAfterAdoption()).isEqualTo(3);
        assertThat(replication.latestBenefit().cnySavedPerYear()).isEqualByComparingTo("5000.00");
        assertThat(first.items().get(1).latestBenefit()).as("no report yet").isNull();
    }

    @Test
    void aProductionOwnerSeesTheirOwnAndTheirUnitsConversions() {
        fourConversions();

        ConversionScope o1 = ConversionScope.of("o1", Set.of());
        assertThat(ids(new FindConversionsQuery(null, null, null, null, 0, 20, o1)))
                .containsExactly("CONV-x-JX1", "CONV-z-JX3");
        ConversionScope o3OfJx1 = ConversionScope.of("o3", Set.of("JX1"));
        ConversionPage o3 = queries.handle(new FindConversionsQuery(null, null, null, null, 0, 20, o3OfJx1));
        assertThat(o3.items()).extracting(ConversionSummary::conversionId).containsExactly("CONV-x-JX1", "CONV-y-JX1");
        assertThat(o3.total()).as("counts only what the reader sees").isEqualTo(2);
        assertThat(ids(new FindConversionsQuery(null, null, null, "o2", 0, 20, o3OfJx1))).as("filter within scope")
                .isEmpty();
        assertThat(ids(new FindConversionsQuery(null, null, null, null, 0, 20, ConversionScope.of("o9", Set.of("JX2", "ZC1")))))
                .as("a receiving unit, not the result's unit").containsExactly("CONV-x-JX2");
        assertThat(queries.handle(new ListConversionsQuery(null, null, null, null, o1)).items())
                .extracting(ConversionSummary::conversionId).containsExactly("CONV-x-JX1", "CONV-z-JX3");

        assertThat(queries.handle(new FindConversionQuery("CONV-x-JX2", o1))).as("not theirs").isNull();
        assertThat(queries.handle(new FindConversionQuery("CONV-y-JX1", o3OfJx1)).ownerId()).isEqualTo("o3");
        assertThat(queries.handle(new FindConversionQuery("CONV-x-JX1", o3OfJx1)).ownerId()).as("received by JX1")
                .isEqualTo("o1");
    }

    /**
     * x (ZC1) → JX1 owner o1 adopted day 30; x → JX2 owner o2 adopted as a replication, 3-month report
     * day 40; y (JJ2) → JX1 owner o3 in trial day 10; z (JJ2) → JX3 owner o1 declined day 20.
     */
    void fourConversions() {
        events.publish("CONV-x-JX1", handedOver("x", "ZC1", "JX1", "o1", day(0)));
        events.publish("CONV-x-JX1", adopted("x", "ZC1", "JX1", false, day(30)));

        events.publish("CONV-x-JX2", handedOver("x", "ZC1", "JX2", "o2", day(1)));
        events.publish("CONV-x-JX2", adopted("x", "ZC1", "JX2", true, day(35)));
        events.publish("CONV-x-JX2", report("x", "ZC1", "JX2", 3, "5000.00", 0, "40.0", day(40)));

        events.publish("CONV-y-JX1", handedOver("y", "JJ2", "JX1", "o3", day(2)));
        events.publish("CONV-y-JX1", new TrialStartedEvent("CONV-y-JX1", "y", LocalDate.parse("2027-05-20"), "o3",
                day(10)));

        events.publish("CONV-z-JX3", handedOver("z", "JJ2", "JX3", "o1", day(3)));
        events.publish("CONV-z-JX3", new AdoptionDeclinedEvent("CONV-z-JX3", "z", "不适用", "o1", day(20)));
    }

    private List<String> ids(FindConversionsQuery query) {
        return queries.handle(query).items().stream().map(ConversionSummary::conversionId).toList();
    }

    private List<ConversionDetail> allDetails() {
        return queries.handle(new ListConversionsQuery(null, null, null, null, ALL)).items().stream()
                .map(summary -> detail(summary.conversionId()))
                .toList();
    }
}
