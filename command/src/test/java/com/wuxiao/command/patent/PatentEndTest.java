package com.wuxiao.command.patent;

import com.wuxiao.command.common.api.PointsEarnedEvent;
import com.wuxiao.command.common.api.PointsReason;
import com.wuxiao.command.competition.CompetitionCalendar;
import com.wuxiao.command.patent.api.AbandonPatentCommand;
import com.wuxiao.command.patent.api.AnswerOfficeActionCommand;
import com.wuxiao.command.patent.api.FilePatentCommand;
import com.wuxiao.command.patent.api.GrantPatentCommand;
import com.wuxiao.command.patent.api.NominatePatentCommand;
import com.wuxiao.command.patent.api.PatentAbandonedEvent;
import com.wuxiao.command.patent.api.PatentGrantedEvent;
import com.wuxiao.command.patent.api.PatentRejectedEvent;
import com.wuxiao.command.patent.api.PatentType;
import com.wuxiao.command.patent.api.PrepareApplicationCommand;
import com.wuxiao.command.patent.api.RecordOfficeActionCommand;
import com.wuxiao.command.patent.api.RejectPatentCommand;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import static com.wuxiao.command.patent.PatentTestData.APPLICATION_NUMBER;
import static com.wuxiao.command.patent.PatentTestData.DECIDED_AT;
import static com.wuxiao.command.patent.PatentTestData.DECIDED_ON;
import static com.wuxiao.command.patent.PatentTestData.DECIDED_ON_START;
import static com.wuxiao.command.patent.PatentTestData.FILED_AT;
import static com.wuxiao.command.patent.PatentTestData.FILED_ON;
import static com.wuxiao.command.patent.PatentTestData.ID;
import static com.wuxiao.command.patent.PatentTestData.NOMINATED_AT;
import static com.wuxiao.command.patent.PatentTestData.PROPOSAL;
import static com.wuxiao.command.patent.PatentTestData.answered;
import static com.wuxiao.command.patent.PatentTestData.filed;
import static com.wuxiao.command.patent.PatentTestData.filedCase;
import static com.wuxiao.command.patent.PatentTestData.nominated;
import static com.wuxiao.command.patent.PatentTestData.officeAction;
import static com.wuxiao.command.patent.PatentTestData.prepared;
import static com.wuxiao.command.testing.Violations.conflict;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static com.wuxiao.command.testing.Violations.forbidden;
import static com.wuxiao.command.testing.Violations.invalid;

class PatentEndTest {

    private static final String PATENT_NUMBER = "ZL202510123456.7";

    private FixtureConfiguration<PatentCase> fixture;

    @BeforeEach
    void setUp() {
        fixture = PatentTestData.fixture();
    }

    private static GrantPatentCommand grant(String number, LocalDate grantedOn) {
        return new GrantPatentCommand(ID, number, grantedOn, "leader", null, DECIDED_AT);
    }

    private static RejectPatentCommand reject(LocalDate rejectedOn, String reason) {
        return new RejectPatentCommand(ID, rejectedOn, reason, "leader", null, DECIDED_AT);
    }

    private static AbandonPatentCommand abandon(String reason) {
        return new AbandonPatentCommand(ID, reason, "leader", null, DECIDED_AT);
    }

    private static PatentGrantedEvent granted(PatentType type) {
        return new PatentGrantedEvent(ID, PROPOSAL, "ZC1", type, PATENT_NUMBER, DECIDED_ON, "leader", DECIDED_AT);
    }

    private static PointsEarnedEvent grantPoints(String worker, String unit, int share, String points) {
        return new PointsEarnedEvent(ID, PROPOSAL, "ZC1", worker, unit, PointsReason.PATENT_GRANTED, share,
                new BigDecimal(points), DECIDED_ON_START);
    }

    // --- grant --------------------------------------------------------------------------------------

    @Test
    void anInventionGrantEarnsFifteenPointsByShare() {
        // 15 × 70 % = 10.50, 15 × 30 % = 4.50
        fixture.given(nominated(), prepared(), filed(), officeAction(1), answered(1))
                .when(grant(PATENT_NUMBER, DECIDED_ON))
                .expectEvents(granted(PatentType.INVENTION),
                        grantPoints("w1", "ZC1", 70, "10.50"), grantPoints("w2", "JJ2", 30, "4.50"));
    }

    @Test
    void aUtilityModelGrantEarnsEightPointsByShare() {
        // 8 × 70 % = 5.60, 8 × 30 % = 2.40
        fixture.given(filedCase(PatentType.UTILITY_MODEL))
                .when(grant(PATENT_NUMBER, DECIDED_ON))
                .expectEvents(granted(PatentType.UTILITY_MODEL),
                        grantPoints("w1", "ZC1", 70, "5.60"), grantPoints("w2", "JJ2", 30, "2.40"));
    }

    @Test
    void aDesignGrantEarnsFourPointsByShare() {
        // 4 × 70 % = 2.80, 4 × 30 % = 1.20
        fixture.given(filedCase(PatentType.DESIGN))
                .when(grant(" zl202510123456.7 ".toUpperCase(), DECIDED_ON))
                .expectEvents(granted(PatentType.DESIGN),
                        grantPoints("w1", "ZC1", 70, "2.80"), grantPoints("w2", "JJ2", 30, "1.20"));
    }

    @Test
    void grantPointsCountInTheMonthOfTheGrantNotOfItsRecording() {
        // granted on 2026-08-31, recorded on 2026-09-01 10:00 Beijing: the points are earned at
        // 2026-08-31 00:00 Beijing (2026-08-30T16:00Z), i.e. in August; the event keeps its recording time
        Instant recordedAt = Instant.parse("2026-09-01T02:00:00Z");
        LocalDate grantedOn = LocalDate.of(2026, 8, 31);
        Instant earnedAt = Instant.parse("2026-08-30T16:00:00Z");
        fixture.given(filedCase(PatentType.DESIGN))
                .when(new GrantPatentCommand(ID, PATENT_NUMBER, grantedOn, "leader", null, recordedAt))
                .expectEvents(
                        new PatentGrantedEvent(ID, PROPOSAL, "ZC1", PatentType.DESIGN, PATENT_NUMBER, grantedOn,
                                "leader", recordedAt),
                        new PointsEarnedEvent(ID, PROPOSAL, "ZC1", "w1", "ZC1", PointsReason.PATENT_GRANTED, 70,
                                new BigDecimal("2.80"), earnedAt),
                        new PointsEarnedEvent(ID, PROPOSAL, "ZC1", "w2", "JJ2", PointsReason.PATENT_GRANTED, 30,
                                new BigDecimal("1.20"), earnedAt));
        assertEquals(YearMonth.of(2026, 8), YearMonth.from(earnedAt.atZone(CompetitionCalendar.ZONE)));
    }

    @Test
    void grantingAnUnfiledPatentIsRefused() {
        fixture.given(nominated())
                .when(grant(PATENT_NUMBER, DECIDED_ON))
                .expectException(conflict("not-filed"))
                .expectNoEvents();
        fixture.given(nominated(), prepared())
                .when(grant(PATENT_NUMBER, DECIDED_ON))
                .expectException(conflict("not-filed"))
                .expectNoEvents();
    }

    @Test
    void noGrantWhileAnOfficeActionIsUnanswered() {
        fixture.given(nominated(), prepared(), filed(), officeAction(1))
                .when(grant(PATENT_NUMBER, DECIDED_ON))
                .expectException(conflict("office-action-open"))
                .expectNoEvents();
    }

    @Test
    void thePatentNumberAndDateAreChecked() {
        fixture.given(filedCase(PatentType.INVENTION))
                .when(grant(null, DECIDED_ON))
                .expectException(invalid("required", "patentNumber"));
        fixture.given(filedCase(PatentType.INVENTION))
                .when(grant("专利号123", DECIDED_ON))
                .expectException(invalid("invalid-number", "patentNumber"));
        fixture.given(filedCase(PatentType.INVENTION))
                .when(grant(PATENT_NUMBER, null))
                .expectException(invalid("required", "grantedOn"));
        fixture.given(filedCase(PatentType.INVENTION))
                .when(grant(PATENT_NUMBER, FILED_ON.minusDays(1)))
                .expectException(invalid("granted-before-filing", "grantedOn"));
        fixture.given(filedCase(PatentType.INVENTION))
                .when(grant(PATENT_NUMBER, LocalDate.of(2026, 8, 4)))
                .expectException(invalid("date-in-future", "grantedOn"));
    }

    // --- rejection ------------------------------------------------------------------------------------

    @Test
    void theOfficeRejectsAFiledApplication() {
        fixture.given(filedCase(PatentType.INVENTION))
                .when(reject(DECIDED_ON, " 不具备创造性 "))
                .expectEvents(new PatentRejectedEvent(ID, PROPOSAL, DECIDED_ON, "不具备创造性", "leader", DECIDED_AT));
    }

    @Test
    void aRejectionMayFollowAnUnansweredOfficeAction() {
        fixture.given(nominated(), prepared(), filed(), officeAction(1))
                .when(reject(DECIDED_ON, "逾期未答复"))
                .expectEvents(new PatentRejectedEvent(ID, PROPOSAL, DECIDED_ON, "逾期未答复", "leader", DECIDED_AT));
    }

    @Test
    void rejectingAnUnfiledApplicationIsRefused() {
        fixture.given(nominated(), prepared())
                .when(reject(DECIDED_ON, "理由"))
                .expectException(conflict("not-filed"));
    }

    @Test
    void aRejectionNeedsDateAndReason() {
        fixture.given(filedCase(PatentType.INVENTION))
                .when(reject(DECIDED_ON, ""))
                .expectException(invalid("required", "reason"));
        fixture.given(filedCase(PatentType.INVENTION))
                .when(reject(null, "理由"))
                .expectException(invalid("required", "rejectedOn"));
        fixture.given(filedCase(PatentType.INVENTION))
                .when(reject(FILED_ON.minusDays(1), "理由"))
                .expectException(invalid("rejected-before-filing", "rejectedOn"));
    }

    // --- abandonment ----------------------------------------------------------------------------------

    @Test
    void aCaseMayBeAbandonedInAnyStateBeforeAnEnd() {
        PatentAbandonedEvent abandoned = new PatentAbandonedEvent(ID, PROPOSAL, "技术已公开", "leader", DECIDED_AT);
        fixture.given(nominated()).when(abandon("技术已公开")).expectEvents(abandoned);
        fixture.given(nominated(), prepared()).when(abandon("技术已公开")).expectEvents(abandoned);
        fixture.given(filedCase(PatentType.INVENTION)).when(abandon("技术已公开")).expectEvents(abandoned);
        fixture.given(nominated(), prepared(), filed(), officeAction(1))
                .when(abandon("技术已公开")).expectEvents(abandoned);
    }

    @Test
    void anAbandonmentNeedsAReason() {
        fixture.given(nominated())
                .when(abandon("  "))
                .expectException(invalid("required", "reason"));
    }

    // --- after an end, and who may act -------------------------------------------------------------------

    @Test
    void everythingIsRefusedAfterAnEnd() {
        List<Object> ends = List.of(granted(PatentType.INVENTION),
                new PatentRejectedEvent(ID, PROPOSAL, DECIDED_ON, "驳回", "leader", DECIDED_AT),
                new PatentAbandonedEvent(ID, PROPOSAL, "放弃", "leader", DECIDED_AT));
        for (Object end : ends) {
            for (Object command : everyUserCommandBut(null)) {
                fixture.given(nominated(), prepared(), filed(), end)
                        .when(command)
                        .expectException(conflict("case-ended"))
                        .expectNoEvents();
            }
            fixture.given(nominated(), prepared(), filed(), end)
                    .when(new NominatePatentCommand(ID, PROPOSAL, PatentType.INVENTION, "leader", NOMINATED_AT))
                    .expectException(conflict("already-nominated"));
        }
    }

    @Test
    void anAbandonmentBeforeFilingEndsTheCaseToo() {
        fixture.given(nominated(), new PatentAbandonedEvent(ID, PROPOSAL, "放弃", "leader", DECIDED_AT))
                .when(new PrepareApplicationCommand(ID, "代理", null, "leader", null, DECIDED_AT))
                .expectException(conflict("case-ended"));
    }

    @Test
    void onlyTheUnionOfficeActsOnTheCase() {
        for (Object command : everyUserCommandBut("c1")) {
            fixture.given(nominated(), prepared(), filed(), officeAction(1))
                    .when(command)
                    .expectException(forbidden("not-union-leader"))
                    .expectNoEvents();
        }
    }

    /** Each user command with valid input, by {@code by} (null: the union leader). */
    private static List<Object> everyUserCommandBut(String by) {
        String user = by == null ? "leader" : by;
        return List.of(
                new PrepareApplicationCommand(ID, "代理", null, user, null, DECIDED_AT),
                new FilePatentCommand(ID, APPLICATION_NUMBER, FILED_ON, user, null, FILED_AT),
                new RecordOfficeActionCommand(ID, DECIDED_ON, DECIDED_ON.plusMonths(2), "意见", user, null, DECIDED_AT),
                new AnswerOfficeActionCommand(ID, DECIDED_ON, null, user, null, DECIDED_AT),
                new GrantPatentCommand(ID, PATENT_NUMBER, DECIDED_ON, user, null, DECIDED_AT),
                new RejectPatentCommand(ID, DECIDED_ON, "理由", user, null, DECIDED_AT),
                new AbandonPatentCommand(ID, "理由", user, null, DECIDED_AT));
    }
}
