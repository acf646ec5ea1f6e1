package com.wuxiao.command.catalogue;

import com.wuxiao.command.catalogue.api.MeetingInterest;
import com.wuxiao.command.catalogue.api.MeetingInterestRecordedEvent;
import com.wuxiao.command.catalogue.api.MeetingScheduledEvent;
import com.wuxiao.command.catalogue.api.PresentedResult;
import com.wuxiao.command.catalogue.api.RecordMeetingInterestCommand;
import com.wuxiao.command.catalogue.api.RequestResultCommand;
import com.wuxiao.command.catalogue.api.ScheduleMeetingCommand;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static com.wuxiao.command.catalogue.CatalogueTestData.LEADER;
import static com.wuxiao.command.testing.Violations.conflict;
import static com.wuxiao.command.testing.Violations.forbidden;
import static com.wuxiao.command.testing.Violations.invalid;

class PromotionMeetingTest {

    private static final String ID = "MEET-1";
    /** 2025-09-01 10:00 Beijing. */
    private static final Instant AT = Instant.parse("2025-09-01T02:00:00Z");
    private static final LocalDate HELD_ON = LocalDate.parse("2025-09-15");
    /** 2025-09-15 09:00 Beijing: the meeting's day. */
    private static final Instant AFTER = Instant.parse("2025-09-15T01:00:00Z");
    private static final String TITLE = "2025 年第三季度成果推介会";

    private FixtureConfiguration<PromotionMeeting> fixture;

    @BeforeEach
    void setUp() {
        fixture = CatalogueTestData.fixture(PromotionMeeting.class);
    }

    private static ScheduleMeetingCommand schedule(List<String> results, List<String> owners) {
        return new ScheduleMeetingCommand(ID, TITLE, HELD_ON, "公司三楼会议室", results, owners, LEADER, AT);
    }

    private static MeetingScheduledEvent scheduled() {
        return new MeetingScheduledEvent(ID, TITLE, HELD_ON, "公司三楼会议室",
                List.of(new PresentedResult("P1", "采煤机截齿快换", "ZC1"), new PresentedResult("P2", "皮带机自动纠偏", "ZC1")),
                List.of("O1", "O2"), LEADER, AT);
    }

    @Test
    void theUnionOfficeSchedulesAwardedResultsForInvitedOwners() {
        fixture.givenNoPriorActivity()
                .when(schedule(List.of("P1", "P2"), List.of("O1", "O2")))
                .expectEvents(scheduled());
    }

    @Test
    void onlyAwardedResultsOwnersTheFutureAndTheUnionOffice() {
        fixture.givenNoPriorActivity().when(schedule(List.of("P1", "P9"), List.of("O1")))
                .expectException(invalid("not-awarded-result", "proposalIds"));
        fixture.givenNoPriorActivity().when(schedule(List.of("P1"), List.of("O1", "w2")))
                .expectException(invalid("not-an-owner", "invitedOwnerIds"));
        fixture.givenNoPriorActivity().when(schedule(List.of("P1", "P1"), List.of("O1")))
                .expectException(invalid("bad-id-list", "proposalIds"));
        fixture.givenNoPriorActivity().when(schedule(List.of(), List.of("O1")))
                .expectException(invalid("required", "proposalIds"));
        fixture.givenNoPriorActivity()
                .when(new ScheduleMeetingCommand(ID, TITLE, LocalDate.parse("2025-08-31"), null, List.of("P1"),
                        List.of("O1"), LEADER, AT))
                .expectException(invalid("meeting-in-past", "heldOn"));
        fixture.givenNoPriorActivity()
                .when(new ScheduleMeetingCommand(ID, TITLE, HELD_ON, null, List.of("P1"), List.of("O1"), "O1", AT))
                .expectException(forbidden("not-union-leader"));
    }

    @Test
    void theInterestShownBecomesRequestsOfTheOwnersUnits() {
        fixture.given(scheduled())
                .when(new RecordMeetingInterestCommand(ID, List.of(new MeetingInterest("O1", "P1", null),
                        new MeetingInterest("O2", "P1", null), new MeetingInterest("O2", "P2", null)), LEADER, AFTER))
                .expectEvents(new MeetingInterestRecordedEvent(ID, List.of(new MeetingInterest("O1", "P1", "JJ2"),
                        new MeetingInterest("O2", "P1", "ZC3"), new MeetingInterest("O2", "P2", "ZC3")), LEADER, AFTER))
                .expectResultMessagePayload(List.of(
                        new RequestResultCommand("REQ-P1-JJ2", "P1", "JJ2", "O1", TITLE, ID, LEADER, AFTER),
                        new RequestResultCommand("REQ-P1-ZC3", "P1", "ZC3", "O2", TITLE, ID, LEADER, AFTER),
                        new RequestResultCommand("REQ-P2-ZC3", "P2", "ZC3", "O2", TITLE, ID, LEADER, AFTER)));
    }

    @Test
    void interestOnceAfterTheMeetingOfInvitedOwnersInPresentedResults() {
        fixture.given(scheduled())
                .when(new RecordMeetingInterestCommand(ID, List.of(), LEADER, AT))
                .expectException(conflict("meeting-not-held"));
        fixture.given(scheduled(), new MeetingInterestRecordedEvent(ID, List.of(), LEADER, AFTER))
                .when(new RecordMeetingInterestCommand(ID, List.of(), LEADER, AFTER))
                .expectException(conflict("interest-recorded"));
        fixture.given(scheduled())
                .when(new RecordMeetingInterestCommand(ID, List.of(new MeetingInterest("O3", "P1", null)), LEADER,
                        AFTER))
                .expectException(invalid("not-invited", "interests"));
        fixture.given(scheduled())
                .when(new RecordMeetingInterestCommand(ID, List.of(new MeetingInterest("O1", "P9", null)), LEADER,
                        AFTER))
                .expectException(invalid("not-presented", "interests"));
        fixture.given(scheduled())
                .when(new RecordMeetingInterestCommand(ID, List.of(), LEADER, AFTER))
                .expectEvents(new MeetingInterestRecordedEvent(ID, List.of(), LEADER, AFTER))
                .expectResultMessagePayload(List.of());
    }
}
