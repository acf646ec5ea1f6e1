package com.wuxiao.command.appraisal;

import com.wuxiao.command.appraisal.api.NamePanelCommand;
import com.wuxiao.command.appraisal.api.PanelNamedEvent;
import com.wuxiao.command.appraisal.api.PanelSeat;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.wuxiao.command.appraisal.AppraisalTestData.B1;
import static com.wuxiao.command.appraisal.AppraisalTestData.E1;
import static com.wuxiao.command.appraisal.AppraisalTestData.G1;
import static com.wuxiao.command.appraisal.AppraisalTestData.PANEL;
import static com.wuxiao.command.appraisal.AppraisalTestData.PANEL_IDS;
import static com.wuxiao.command.appraisal.AppraisalTestData.ROUND;
import static com.wuxiao.command.appraisal.AppraisalTestData.T_PANEL;
import static com.wuxiao.command.appraisal.AppraisalTestData.assigned;
import static com.wuxiao.command.appraisal.AppraisalTestData.opened;
import static com.wuxiao.command.appraisal.AppraisalTestData.panelNamed;
import static com.wuxiao.command.testing.Violations.conflict;
import static com.wuxiao.command.testing.Violations.forbidden;
import static com.wuxiao.command.testing.Violations.invalid;

class NamePanelTest extends AppraisalFixtureTest {

    private static NamePanelCommand name(String... memberIds) {
        return new NamePanelCommand(ROUND, List.of(memberIds), "leader", T_PANEL);
    }

    @Test
    void theUnionLeaderNamesThePanelWithTheMembersUnitsAndRoles() {
        fixture.given(opened())
                .when(new NamePanelCommand(ROUND, PANEL_IDS, "leader", T_PANEL))
                .expectEvents(new PanelNamedEvent(ROUND, PANEL, "leader", T_PANEL));
    }

    @Test
    void thePanelCanBeRenamedUntilScorersAreAssigned() {
        fixture.given(opened(), panelNamed())
                .when(name("e1", "b1", "g1"))
                .expectEvents(new PanelNamedEvent(ROUND, List.<PanelSeat>of(E1, B1, G1), "leader", T_PANEL));
    }

    @Test
    void notAfterScorersAreAssigned() {
        fixture.given(opened(), panelNamed(), assigned())
                .when(name("e1", "b1", "g1"))
                .expectException(conflict("scorers-already-assigned"))
                .expectNoEvents();
    }

    @Test
    void onlyTheUnionLeaderNamesThePanel() {
        fixture.given(opened())
                .when(new NamePanelCommand(ROUND, List.of("e1", "b1", "g1"), "e1", T_PANEL))
                .expectException(forbidden("not-union-leader"));
    }

    @Test
    void aPanelHasAtLeastThreeMembers() {
        fixture.given(opened())
                .when(name("e1", "b1"))
                .expectException(invalid("panel-too-small", "memberIds"));
    }

    @Test
    void membersMustExist() {
        fixture.given(opened())
                .when(name("e1", "b1", "ghost"))
                .expectException(invalid("unknown-member", "memberIds"));
    }

    @Test
    void membersMustBeReviewers() {
        fixture.given(opened())
                .when(name("e1", "b1", "w1"))
                .expectException(invalid("not-reviewer", "memberIds"));
    }

    @Test
    void membersNeedAPanelRole() {
        fixture.given(opened())
                .when(name("e1", "b1", "x1"))
                .expectException(invalid("no-panel-role", "memberIds"));
    }

    @Test
    void aMemberIsNamedOnce() {
        fixture.given(opened())
                .when(name("e1", "b1", "e1"))
                .expectException(invalid("duplicate-member", "memberIds"));
    }
}
