package com.wuxiao.query.patent;

import com.wuxiao.command.patent.api.OfficeActionAnsweredEvent;
import com.wuxiao.command.patent.api.OfficeActionRecordedEvent;
import com.wuxiao.command.patent.api.PatentAbandonedEvent;
import com.wuxiao.command.patent.api.PatentApplicationPreparedEvent;
import com.wuxiao.command.patent.api.PatentFiledEvent;
import com.wuxiao.command.patent.api.PatentGrantedEvent;
import com.wuxiao.command.patent.api.PatentNominatedEvent;
import com.wuxiao.command.patent.api.PatentRejectedEvent;
import com.wuxiao.command.patent.api.PatentStep;
import com.wuxiao.command.patent.api.PatentStepOverdueEvent;
import com.wuxiao.command.patent.api.PatentType;
import com.wuxiao.query.patent.api.FindPatentPipelineQuery;
import com.wuxiao.query.patent.api.FindPatentQuery;
import com.wuxiao.query.patent.api.FindPatentsQuery;
import com.wuxiao.query.patent.api.ListPatentsQuery;
import com.wuxiao.query.patent.api.OfficeAction;
import com.wuxiao.query.patent.api.PatentCounts;
import com.wuxiao.query.patent.api.PatentDetail;
import com.wuxiao.query.patent.api.PatentPage;
import com.wuxiao.query.patent.api.PatentPipeline;
import com.wuxiao.query.patent.api.PatentStatus;
import com.wuxiao.query.patent.api.PatentSummary;
import com.wuxiao.query.patent.api.UnitPatentCounts;
import com.wuxiao.query.testing.EventFeed;
import com.wuxiao.query.testing.TestDatabase;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** The patent read model on a real PostgreSQL, fed with events the way the processor does. */
class PatentProjectionTest {

    static final Instant T0 = Instant.parse("2027-03-01T02:00:00Z");

    private final JdbcClient jdbc = TestDatabase.jdbc();
    private final PatentProjection projection = new PatentProjection(jdbc);
    private final PatentQueries queries = new PatentQueries(new PatentReadModel(jdbc));
    private final EventFeed events = new EventFeed(projection, "PatentCase");

    @BeforeEach
    void empty() {
        projection.reset();
    }

    static Instant day(int n) {
        return T0.plus(Duration.ofDays(n));
    }

    static PatentNominatedEvent nominated(String proposalId, String unit, int year, PatentType type, Instant at) {
        return new PatentNominatedEvent("PAT-" + proposalId, proposalId, "题目" + proposalId, unit, year, type,
                T0.minus(Duration.ofDays(30)), "leader", at);
    }

    private PatentDetail detail(String patentId) {
        return queries.handle(new FindPatentQuery(patentId));
    }

    @Test
    void aCaseFromNominationToGrantWithTwoOfficeActions() {
        String id = "PAT-p1";
        events.publish(id, nominated("p1", "ZC1", 2026, PatentType.INVENTION, day(0)));
        PatentDetail nominated = detail(id);
        assertThat(nominated.status()).isEqualTo(PatentStatus.NOMINATED);
        assertThat(nominated.title()).isEqualTo("题目p1");
        assertThat(nominated.unitId()).isEqualTo("ZC1");
        assertThat(nominated.competitionYear()).isEqualTo(2026);
        assertThat(nominated.type()).isEqualTo(PatentType.INVENTION);
        assertThat(nominated.nominatedBy()).isEqualTo("leader");
        assertThat(nominated.nominatedAt()).isEqualTo(day(0));
        assertThat(nominated.awardedAt()).isEqualTo(T0.minus(Duration.ofDays(30)));
        assertThat(nominated.officeActionCount()).isZero();
        assertThat(nominated.lastChange()).isEqualTo(day(0));

        events.publish(id, new PatentStepOverdueEvent(id, "p1", PatentStep.PREPARATION, day(14), day(15)));
        assertThat(detail(id).overdueStep()).isEqualTo(PatentStep.PREPARATION);
        assertThat(detail(id).overdueDueAt()).isEqualTo(day(14));

        events.publish(id, new PatentApplicationPreparedEvent(id, "p1", "华信专利代理", "材料齐全", "leader", day(16)));
        PatentDetail prepared = detail(id);
        assertThat(prepared.status()).isEqualTo(PatentStatus.PREPARED);
        assertThat(prepared.agency()).isEqualTo("华信专利代理");
        assertThat(prepared.preparedBy()).isEqualTo("leader");
        assertThat(prepared.preparedAt()).isEqualTo(day(16));
        assertThat(prepared.overdueStep()).as("preparation done").isNull();
        assertThat(prepared.overdueDueAt()).isNull();

        events.publish(id, new PatentStepOverdueEvent(id, "p1", PatentStep.FILING, day(30), day(31)));
        assertThat(detail(id).overdueStep()).isEqualTo(PatentStep.FILING);

        events.publish(id, new PatentFiledEvent(id, "p1", "ZC1", PatentType.INVENTION, "CN202710012345.6",
                LocalDate.parse("2027-04-02"), "leader", day(33)));
        events.skip(id);   // the authors' PointsEarnedEvent follows the filing in the case's stream
        PatentDetail filed = detail(id);
        assertThat(filed.status()).isEqualTo(PatentStatus.FILED);
        assertThat(filed.applicationNumber()).isEqualTo("CN202710012345.6");
        assertThat(filed.filedOn()).isEqualTo(LocalDate.parse("2027-04-02"));
        assertThat(filed.filedRecordedAt()).isEqualTo(day(33));
        assertThat(filed.overdueStep()).as("filing done").isNull();
        assertThat(filed.openOfficeAction()).isNull();

        events.publish(id, new OfficeActionRecordedEvent(id, "p1", 1, LocalDate.parse("2027-06-01"),
                LocalDate.parse("2027-08-01"), "权利要求1缺乏创造性", "leader", day(95)));
        PatentDetail firstAction = detail(id);
        assertThat(firstAction.officeActionCount()).isEqualTo(1);
        assertThat(firstAction.openOfficeAction()).isEqualTo(1);
        assertThat(firstAction.openResponseDue()).isEqualTo(LocalDate.parse("2027-08-01"));
        assertThat(firstAction.lastChange()).isEqualTo(day(95));

        events.publish(id, new PatentStepOverdueEvent(id, "p1", PatentStep.OFFICE_ACTION_RESPONSE,
                Instant.parse("2027-07-31T16:00:00Z"), day(160)));
        assertThat(detail(id).overdueStep()).isEqualTo(PatentStep.OFFICE_ACTION_RESPONSE);

        events.publish(id, new OfficeActionAnsweredEvent(id, "p1", 1, LocalDate.parse("2027-08-10"), "已修改权利要求",
                "leader", day(162)));
        PatentDetail answered = detail(id);
        assertThat(answered.openOfficeAction()).isNull();
        assertThat(answered.openResponseDue()).isNull();
        assertThat(answered.overdueStep()).as("the answer is in").isNull();
        assertThat(answered.officeActionCount()).isEqualTo(1);

        events.publish(id, new OfficeActionRecordedEvent(id, "p1", 2, LocalDate.parse("2027-10-01"),
                LocalDate.parse("2027-12-01"), "说明书需补充实施例", "leader", day(215)));
        assertThat(detail(id).openOfficeAction()).isEqualTo(2);
        events.publish(id, new OfficeActionAnsweredEvent(id, "p1", 2, LocalDate.parse("2027-11-20"), null,
                "leader", day(265)));
        events.publish(id, new PatentGrantedEvent(id, "p1", "ZC1", PatentType.INVENTION, "ZL202710012345.6",
                LocalDate.parse("2028-01-05"), "leader", day(311)));
        events.skip(id);

        PatentDetail granted = detail(id);
        assertThat(granted.status()).isEqualTo(PatentStatus.GRANTED);
        assertThat(granted.patentNumber()).isEqualTo("ZL202710012345.6");
        assertThat(granted.grantedOn()).isEqualTo(LocalDate.parse("2028-01-05"));
        assertThat(granted.endedAt()).isEqualTo(day(311));
        assertThat(granted.endedReason()).isNull();
        assertThat(granted.officeActionCount()).isEqualTo(2);
        assertThat(granted.openOfficeAction()).isNull();
        assertThat(granted.overdueStep()).isNull();
        assertThat(granted.lastChange()).isEqualTo(day(311));
        assertThat(granted.applicationNumber()).as("kept from the filing").isEqualTo("CN202710012345.6");
        assertThat(granted.officeActions()).extracting(OfficeAction::sequence, OfficeAction::issuedOn,
                        OfficeAction::responseDue, OfficeAction::summary, OfficeAction::answeredOn,
                        OfficeAction::answerNote, OfficeAction::answered)
                .containsExactly(
                        tuple(1, LocalDate.parse("2027-06-01"), LocalDate.parse("2027-08-01"), "权利要求1缺乏创造性",
                                LocalDate.parse("2027-08-10"), "已修改权利要求", true),
                        tuple(2, LocalDate.parse("2027-10-01"), LocalDate.parse("2027-12-01"), "说明书需补充实施例",
                                LocalDate.parse("2027-11-20"), null, true));
        assertThat(granted.officeActions().get(0).recordedAt()).isEqualTo(day(95));
        assertThat(granted.officeActions().get(0).answeredAt()).isEqualTo(day(162));
        assertThat(granted.officeActions().get(0).answeredBy()).isEqualTo("leader");
    }

    @Test
    void aRedeliveredEventChangesNothing() {
        String id = "PAT-p2";
        List<Object> lifecycle = List.of(
                nominated("p2", "JJ2", 2026, PatentType.UTILITY_MODEL, day(0)),
                new PatentApplicationPreparedEvent(id, "p2", null, null, "leader", day(5)),
                new PatentStepOverdueEvent(id, "p2", PatentStep.FILING, day(20), day(21)),
                new PatentFiledEvent(id, "p2", "JJ2", PatentType.UTILITY_MODEL, "CN2027200001", LocalDate.parse("2027-03-25"),
                        "leader", day(25)),
                new OfficeActionRecordedEvent(id, "p2", 1, LocalDate.parse("2027-05-01"), LocalDate.parse("2027-06-01"),
                        "补正", "leader", day(62)),
                new OfficeActionAnsweredEvent(id, "p2", 1, LocalDate.parse("2027-05-20"), "已补正", "leader", day(80)),
                new OfficeActionRecordedEvent(id, "p2", 2, LocalDate.parse("2027-07-01"), LocalDate.parse("2027-08-01"),
                        "再次补正", "leader", day(122)),
                new PatentStepOverdueEvent(id, "p2", PatentStep.OFFICE_ACTION_RESPONSE, day(153), day(154)),
                new PatentRejectedEvent(id, "p2", LocalDate.parse("2027-09-01"), "未按期答复", "leader", day(184)));
        for (Object event : lifecycle) {
            DomainEventMessage<?> message = events.publish(id, event);
            PatentDetail before = detail(id);
            events.deliver(message);
            assertThat(detail(id)).as("redelivered %s", event.getClass().getSimpleName()).isEqualTo(before);
        }
        PatentDetail rejected = detail(id);
        assertThat(rejected.status()).isEqualTo(PatentStatus.REJECTED);
        assertThat(rejected.rejectedOn()).isEqualTo(LocalDate.parse("2027-09-01"));
        assertThat(rejected.endedReason()).isEqualTo("未按期答复");
        assertThat(rejected.endedAt()).isEqualTo(day(184));
        assertThat(rejected.officeActionCount()).isEqualTo(2);
        assertThat(rejected.openOfficeAction()).as("an ended case has nothing to answer").isNull();
        assertThat(rejected.overdueStep()).isNull();
        assertThat(rejected.officeActions()).extracting(OfficeAction::answered).containsExactly(true, false);

        // every earlier event delivered once more, late: still nothing changes
        for (DomainEventMessage<?> message : events.delivered()) {
            events.deliver(message);
        }
        assertThat(detail(id)).isEqualTo(rejected);
    }

    @Test
    void aReminderThatCrossedTheStepLeavesNoOverdueMark() {
        String id = "PAT-p3";
        events.publish(id, nominated("p3", "ZC1", 2026, PatentType.DESIGN, day(0)));
        events.publish(id, new PatentApplicationPreparedEvent(id, "p3", null, null, "leader", day(13)));
        events.publish(id, new PatentStepOverdueEvent(id, "p3", PatentStep.PREPARATION, day(14), day(14)));
        assertThat(detail(id).overdueStep()).as("prepared before the reminder arrived").isNull();
        assertThat(detail(id).lastChange()).isEqualTo(day(13));

        events.publish(id, new PatentStepOverdueEvent(id, "p3", PatentStep.OFFICE_ACTION_RESPONSE, day(15), day(15)));
        assertThat(detail(id).overdueStep()).as("no office action open").isNull();

        events.publish(id, new PatentAbandonedEvent(id, "p3", "外观设计价值不高", "leader", day(20)));
        events.publish(id, new PatentStepOverdueEvent(id, "p3", PatentStep.FILING, day(30), day(30)));
        PatentDetail abandoned = detail(id);
        assertThat(abandoned.status()).isEqualTo(PatentStatus.ABANDONED);
        assertThat(abandoned.endedReason()).isEqualTo("外观设计价值不高");
        assertThat(abandoned.overdueStep()).as("an ended case is never late").isNull();
        assertThat(abandoned.filedOn()).isNull();
    }

    @Test
    void anAbandonedCaseLeavesItsOpenOfficeActionAndOverdueMarkBehind() {
        String id = "PAT-p4";
        events.publish(id, nominated("p4", "ZC1", 2026, PatentType.INVENTION, day(0)));
        events.publish(id, new PatentFiledEvent(id, "p4", "ZC1", PatentType.INVENTION, "CN1", LocalDate.parse("2027-03-02"),
                "leader", day(1)));
        events.publish(id, new OfficeActionRecordedEvent(id, "p4", 1, LocalDate.parse("2027-04-01"),
                LocalDate.parse("2027-05-01"), "意见", "leader", day(31)));
        events.publish(id, new PatentStepOverdueEvent(id, "p4", PatentStep.OFFICE_ACTION_RESPONSE, day(61), day(62)));
        assertThat(detail(id).overdueStep()).isEqualTo(PatentStep.OFFICE_ACTION_RESPONSE);

        events.publish(id, new PatentAbandonedEvent(id, "p4", "放弃答复", "leader", day(70)));

        PatentDetail abandoned = detail(id);
        assertThat(abandoned.status()).isEqualTo(PatentStatus.ABANDONED);
        assertThat(abandoned.openOfficeAction()).isNull();
        assertThat(abandoned.openResponseDue()).isNull();
        assertThat(abandoned.overdueStep()).isNull();
        assertThat(abandoned.officeActionCount()).isEqualTo(1);
    }

    @Test
    void resetAndReplayGiveTheSameRows() {
        fivePatents();
        List<PatentDetail> before = allDetails();
        assertThat(before).hasSize(5);

        projection.reset();
        assertThat(queries.handle(new FindPatentsQuery(null, null, null, 0, 20)).total()).isZero();
        events.delivered().forEach(events::deliver);

        assertThat(allDetails()).isEqualTo(before);
    }

    @Test
    void anEventOutsideAnAggregateStreamIsRefused() {
        // The order guard needs the aggregate's sequence number; a bare event would go to the dead-letter queue.
        assertThatThrownBy(() -> new AnnotationEventHandlerAdapter(projection)
                .handle(GenericEventMessage.asEventMessage(nominated("p9", "ZC1", 2026, PatentType.DESIGN, day(0)))))
                .hasMessageContaining("expected a domain event");
    }

    @Test
    void pagesAndFilters() {
        fivePatents();

        PatentPage first = queries.handle(new FindPatentsQuery(null, null, null, 0, 2));
        assertThat(first.total()).isEqualTo(5);
        assertThat(first.page()).isZero();
        assertThat(first.size()).isEqualTo(2);
        // last change: a 40, b 10, c 35, d 20, e 5 (days) → a, c, d, b, e
        assertThat(first.items()).extracting(PatentSummary::patentId).containsExactly("PAT-a", "PAT-c");
        assertThat(queries.handle(new FindPatentsQuery(null, null, null, 1, 2)).items())
                .extracting(PatentSummary::patentId).containsExactly("PAT-d", "PAT-b");
        assertThat(queries.handle(new FindPatentsQuery(null, null, null, 2, 2)).items())
                .extracting(PatentSummary::patentId).containsExactly("PAT-e");
        PatentPage beyond = queries.handle(new FindPatentsQuery(null, null, null, 3, 2));
        assertThat(beyond.items()).isEmpty();
        assertThat(beyond.total()).isEqualTo(5);

        PatentPage zc1 = queries.handle(new FindPatentsQuery(null, "ZC1", null, 0, 20));
        assertThat(zc1.items()).extracting(PatentSummary::patentId).containsExactly("PAT-a", "PAT-d", "PAT-b");
        assertThat(queries.handle(new FindPatentsQuery(PatentStatus.FILED, null, null, 0, 20)).items())
                .extracting(PatentSummary::patentId).containsExactly("PAT-c", "PAT-d");
        assertThat(queries.handle(new FindPatentsQuery(PatentStatus.FILED, "ZC1", 2026, 0, 20)).items())
                .extracting(PatentSummary::patentId).containsExactly("PAT-d");
        PatentPage of2025 = queries.handle(new FindPatentsQuery(null, null, 2025, 0, 20));
        assertThat(of2025.total()).isEqualTo(1);
        assertThat(of2025.items()).extracting(PatentSummary::patentId).containsExactly("PAT-e");
        assertThat(queries.handle(new ListPatentsQuery(null, "JJ2", null)).items())
                .extracting(PatentSummary::patentId).containsExactly("PAT-c", "PAT-e");

        PatentSummary d = queries.handle(new FindPatentsQuery(null, null, null, 1, 2)).items().get(0);
        assertThat(d.status()).isEqualTo(PatentStatus.FILED);
        assertThat(d.applicationNumber()).isEqualTo("CN-d");
        assertThat(d.openOfficeAction()).isEqualTo(1);
        assertThat(d.openResponseDue()).isEqualTo(LocalDate.parse("2027-03-20"));
        assertThat(d.officeActionCount()).isEqualTo(1);
        assertThat(d.overdueStep()).isEqualTo(PatentStep.OFFICE_ACTION_RESPONSE);
        assertThat(d.lastChange()).isEqualTo(day(20));
    }

    @Test
    void thePipelineCountsCasesPerStatusAndUnit() {
        fivePatents();

        PatentPipeline all = queries.handle(new FindPatentPipelineQuery(null));
        // a GRANTED ZC1; b NOMINATED ZC1 (overdue); c FILED JJ2; d FILED ZC1 (overdue); e ABANDONED JJ2 (2025)
        assertThat(all.year()).isNull();
        assertThat(all.all()).isEqualTo(new PatentCounts(1, 0, 2, 1, 0, 1, 5, 2));
        assertThat(all.units()).containsExactly(
                new UnitPatentCounts("JJ2", new PatentCounts(0, 0, 1, 0, 0, 1, 2, 0)),
                new UnitPatentCounts("ZC1", new PatentCounts(1, 0, 1, 1, 0, 0, 3, 2)));

        PatentPipeline of2026 = queries.handle(new FindPatentPipelineQuery(2026));
        assertThat(of2026.all()).isEqualTo(new PatentCounts(1, 0, 2, 1, 0, 0, 4, 2));
        assertThat(of2026.units()).extracting(UnitPatentCounts::unitId).containsExactly("JJ2", "ZC1");
        assertThat(of2026.units().get(0).counts().of(PatentStatus.FILED)).isEqualTo(1);
        assertThat(of2026.units().get(0).counts().total()).isEqualTo(1);

        assertThat(queries.handle(new FindPatentPipelineQuery(2030)))
                .isEqualTo(new PatentPipeline(2030, PatentCounts.NONE, List.of()));
    }

    /**
     * a: ZC1 2026 granted (day 40); b: ZC1 2026 nominated, preparation overdue (day 10);
     * c: JJ2 2026 filed (day 35); d: ZC1 2026 filed with an office action overdue (day 20);
     * e: JJ2 2025 abandoned (day 5).
     */
    void fivePatents() {
        events.publish("PAT-a", nominated("a", "ZC1", 2026, PatentType.INVENTION, day(0)));
        events.publish("PAT-a", new PatentFiledEvent("PAT-a", "a", "ZC1", PatentType.INVENTION, "CN-a",
                LocalDate.parse("2027-03-02"), "leader", day(1)));
        events.publish("PAT-a", new PatentGrantedEvent("PAT-a", "a", "ZC1", PatentType.INVENTION, "ZL-a",
                LocalDate.parse("2027-04-01"), "leader", day(40)));

        events.publish("PAT-b", nominated("b", "ZC1", 2026, PatentType.UTILITY_MODEL, day(1)));
        events.publish("PAT-b", new PatentStepOverdueEvent("PAT-b", "b", PatentStep.PREPARATION, day(9), day(10)));

        events.publish("PAT-c", nominated("c", "JJ2", 2026, PatentType.DESIGN, day(2)));
        events.publish("PAT-c", new PatentFiledEvent("PAT-c", "c", "JJ2", PatentType.DESIGN, "CN-c",
                LocalDate.parse("2027-04-05"), "leader", day(35)));

        events.publish("PAT-d", nominated("d", "ZC1", 2026, PatentType.INVENTION, day(3)));
        events.publish("PAT-d", new PatentFiledEvent("PAT-d", "d", "ZC1", PatentType.INVENTION, "CN-d",
                LocalDate.parse("2027-03-05"), "leader", day(4)));
        events.publish("PAT-d", new OfficeActionRecordedEvent("PAT-d", "d", 1, LocalDate.parse("2027-03-10"),
                LocalDate.parse("2027-03-20"), "意见", "leader", day(9)));
        events.publish("PAT-d", new PatentStepOverdueEvent("PAT-d", "d", PatentStep.OFFICE_ACTION_RESPONSE,
                day(19), day(20)));

        events.publish("PAT-e", nominated("e", "JJ2", 2025, PatentType.DESIGN, day(4)));
        events.publish("PAT-e", new PatentAbandonedEvent("PAT-e", "e", "不再推进", "leader", day(5)));
    }

    private List<PatentDetail> allDetails() {
        return queries.handle(new ListPatentsQuery(null, null, null)).items().stream()
                .map(summary -> detail(summary.patentId()))
                .toList();
    }

}
