package com.wuxiao.command.catalogue;

import com.wuxiao.command.catalogue.api.AcceptResultRequestCommand;
import com.wuxiao.command.catalogue.api.DeclineResultRequestCommand;
import com.wuxiao.command.catalogue.api.RequestResultCommand;
import com.wuxiao.command.catalogue.api.ResultRequestAcceptedEvent;
import com.wuxiao.command.catalogue.api.ResultRequestDeclinedEvent;
import com.wuxiao.command.catalogue.api.ResultRequestedEvent;
import com.wuxiao.command.conversion.HandedOverResults;
import com.wuxiao.command.conversion.api.HandOverResultCommand;
import com.wuxiao.command.conversion.api.PlannedMilestones;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import static com.wuxiao.command.catalogue.CatalogueTestData.LEADER;
import static com.wuxiao.command.testing.Violations.conflict;
import static com.wuxiao.command.testing.Violations.forbidden;
import static com.wuxiao.command.testing.Violations.invalid;
import static org.assertj.core.api.Assertions.assertThat;

class ResultRequestTest {

    private static final String ID = "REQ-P1-JJ2";
    private static final Instant AT = Instant.parse("2025-09-01T02:00:00Z");
    private static final Instant DECIDED_AT = Instant.parse("2025-09-03T02:00:00Z");
    private static final PlannedMilestones PLANNED = new PlannedMilestones(LocalDate.parse("2025-09-10"),
            LocalDate.parse("2025-10-10"), LocalDate.parse("2025-10-20"));

    private final Set<String> handovers = new HashSet<>();
    private FixtureConfiguration<ResultRequest> fixture;

    @BeforeEach
    void setUp() {
        fixture = CatalogueTestData.fixture(ResultRequest.class)
                .registerInjectableResource((HandedOverResults) (proposal, unit) -> handovers.contains(proposal + ":" + unit));
    }

    private static RequestResultCommand request(String by, String owner, String meetingId) {
        return new RequestResultCommand(ID, "P1", "JJ2", owner, " 我队皮带巷也需要 ", meetingId, by, AT);
    }

    private static ResultRequestedEvent requested(String meetingId) {
        return new ResultRequestedEvent(ID, "P1", "采煤机截齿快换", "ZC1", "JJ2", "O1", "我队皮带巷也需要", meetingId,
                meetingId == null ? "O1" : LEADER, AT);
    }

    @Test
    void theIdIsTheResultsAndTheUnits() {
        assertThat(ResultRequest.idOf("P1", "JJ2")).isEqualTo(ID);
    }

    @Test
    void anOwnerRequestsAnAwardedResultForTheirUnit() {
        fixture.givenNoPriorActivity()
                .when(request("O1", "O1", null))
                .expectEvents(requested(null));
    }

    @Test
    void theUnionOfficeRecordsAMeetingsInterestForAnOwner() {
        fixture.givenNoPriorActivity()
                .when(request(LEADER, "O1", "MEET-1"))
                .expectEvents(requested("MEET-1"));
    }

    @Test
    void onlyAnAwardedResult() {
        fixture.givenNoPriorActivity()
                .when(new RequestResultCommand("REQ-P9-JJ2", "P9", "JJ2", "O1", null, null, "O1", AT))
                .expectException(conflict("not-awarded"))
                .expectNoEvents();
    }

    @Test
    void anOwnerRequestsForThemselfOnlyAndAMeetingIsTheUnionOfficesToRecord() {
        fixture.givenNoPriorActivity().when(request("O3", "O1", null))
                .expectException(forbidden("not-requesting-owner"));
        fixture.givenNoPriorActivity().when(request("O1", "O1", "MEET-1"))
                .expectException(forbidden("not-requesting-owner"));
        fixture.givenNoPriorActivity().when(request("w2", "w2", null))
                .expectException(forbidden("not-requesting-owner"));
        fixture.givenNoPriorActivity().when(request(LEADER, "w2", null))
                .expectException(invalid("not-production-owner", "ownerId"));
        fixture.givenNoPriorActivity().when(new RequestResultCommand(ID, "P1", "JJ2", "O2", null, null, "O2", AT))
                .expectException(invalid("not-production-owner", "ownerId"));
    }

    @Test
    void notAResultTheUnitHasAlready() {
        handovers.add("P1:JJ2");
        fixture.givenNoPriorActivity()
                .when(request("O1", "O1", null))
                .expectException(conflict("already-handed-over"))
                .expectNoEvents();
    }

    @Test
    void theIdMustBeTheResultsAndTheUnits() {
        fixture.givenNoPriorActivity().when(new RequestResultCommand("REQ-P2-JJ2", "P1", "JJ2", "O1", null, null,
                        "O1", AT))
                .expectException(invalid("request-id-mismatch", "requestId"));
    }

    @Test
    void aPendingRequestIsNotRepeatedButAMeetingsInterestJoinsIt() {
        fixture.given(requested(null))
                .when(request("O1", "O1", null))
                .expectException(conflict("request-pending"));
        fixture.given(requested(null))
                .when(request(LEADER, "O1", "MEET-1"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void acceptanceStartsTheHandoverToTheRequestingUnitAndItsOwner() {
        fixture.given(requested(null))
                .when(new AcceptResultRequestCommand(ID, PLANNED, LEADER, DECIDED_AT))
                .expectEvents(new ResultRequestAcceptedEvent(ID, "P1", "JJ2", "CONV-P1-JJ2", LEADER, DECIDED_AT))
                .expectResultMessagePayload(new HandOverResultCommand("CONV-P1-JJ2", "P1", "JJ2", "O1", PLANNED,
                        LEADER, DECIDED_AT));
    }

    @Test
    void aDeclineNeedsAReasonAndTheUnitMayAskAgain() {
        fixture.given(requested(null))
                .when(new DeclineResultRequestCommand(ID, " ", LEADER, DECIDED_AT))
                .expectException(invalid("required", "reason"));
        ResultRequestDeclinedEvent declined = new ResultRequestDeclinedEvent(ID, "P1", "JJ2", "O1", "该成果不适用于掘进面",
                LEADER, DECIDED_AT);
        fixture.given(requested(null))
                .when(new DeclineResultRequestCommand(ID, "该成果不适用于掘进面", LEADER, DECIDED_AT))
                .expectEvents(declined);
        fixture.given(requested(null), declined)
                .when(request("O1", "O1", null))
                .expectEvents(requested(null));
    }

    @Test
    void onlyTheUnionOfficeDecidesAndOnlyOnce() {
        fixture.given(requested(null))
                .when(new AcceptResultRequestCommand(ID, PLANNED, "O1", DECIDED_AT))
                .expectException(forbidden("not-union-leader"));
        fixture.given(requested(null), new ResultRequestAcceptedEvent(ID, "P1", "JJ2", "CONV-P1-JJ2", LEADER,
                        DECIDED_AT))
                .when(new DeclineResultRequestCommand(ID, "重复", LEADER, DECIDED_AT))
                .expectException(conflict("request-not-pending"));
        fixture.given(requested(null), new ResultRequestAcceptedEvent(ID, "P1", "JJ2", "CONV-P1-JJ2", LEADER,
                        DECIDED_AT))
                .when(request("O1", "O1", null))
                .expectException(conflict("request-accepted"));
    }
}
