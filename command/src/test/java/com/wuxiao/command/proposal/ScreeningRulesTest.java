package com.wuxiao.command.proposal;

import com.wuxiao.command.identity.UserDirectory;
import com.wuxiao.command.proposal.api.Author;
import com.wuxiao.command.proposal.api.ProposalStatus;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.wuxiao.command.proposal.ProposalTestData.directory;
import static com.wuxiao.command.proposal.ProposalTestData.refused;
import static com.wuxiao.command.testing.Violations.conflict;
import static com.wuxiao.command.testing.Violations.forbidden;
import static org.assertj.core.api.Assertions.assertThatCode;

/** Who screens a ZC1 proposal (coordinators c1 and c3) on the rules alone; through the aggregate: ScreenerConflictTest. */
class ScreeningRulesTest {

    private final UserDirectory users = directory();

    private static ScreeningRules rules(List<Author> authors, String mentorId, boolean escalated) {
        return new ScreeningRules("ZC1", ProposalStatus.SUBMITTED, authors, mentorId, escalated);
    }

    private static ScreeningRules byW1() {
        return rules(List.of(new Author("w1", 100)), null, false);
    }

    @Test
    void aCoordinatorOfTheUnitScreens() {
        assertThatCode(() -> byW1().requireMayScreen("c1", users)).doesNotThrowAnyException();
    }

    @Test
    void theScreenerMustBeKnown() {
        refused(() -> byW1().requireMayScreen("nobody", users), forbidden("unknown-user"));
        refused(() -> byW1().requireMayScreen(null, users), forbidden("unknown-user"));
    }

    @Test
    void aWorkerOrACoordinatorOfAnotherUnitDoesNot() {
        refused(() -> byW1().requireMayScreen("w2", users), forbidden("not-coordinator"));
        refused(() -> byW1().requireMayScreen("c2", users), forbidden("other-unit"));
    }

    @Test
    void theUnionOfficeScreensOnlyAfterEscalation() {
        refused(() -> byW1().requireMayScreen("leader", users), forbidden("not-coordinator"));
        assertThatCode(() -> rules(List.of(new Author("w1", 100)), null, true).requireMayScreen("leader", users))
                .doesNotThrowAnyException();
    }

    @Test
    void theUnionOfficeScreensAtOnceWhenEveryCoordinatorIsTied() {
        ScreeningRules allTied = rules(List.of(new Author("c1", 60), new Author("w1", 40)), "c3", false);
        assertThatCode(() -> allTied.requireMayScreen("leader", users)).doesNotThrowAnyException();
        ScreeningRules oneFree = rules(List.of(new Author("c1", 60), new Author("w1", 40)), null, false);
        refused(() -> oneFree.requireMayScreen("leader", users), forbidden("not-coordinator"));
    }

    @Test
    void nobodyScreensARevisionTheyAreTiedTo() {
        ScreeningRules rules = rules(List.of(new Author("c1", 60), new Author("w1", 40)), "c3", true);
        refused(() -> rules.requireMayScreen("c1", users), forbidden("screener-conflict"));
        refused(() -> rules.requireMayScreen("c3", users), forbidden("screener-conflict"));
    }

    @Test
    void onlyASubmittedRevisionAwaitsScreening() {
        List<Author> authors = List.of(new Author("w1", 100));
        assertThatCode(() -> byW1().requireAwaitingScreening()).doesNotThrowAnyException();
        refused(() -> new ScreeningRules("ZC1", ProposalStatus.WITHDRAWN, authors, null, false)
                .requireAwaitingScreening(), conflict("withdrawn"));
        refused(() -> new ScreeningRules("ZC1", ProposalStatus.RETURNED, authors, null, false)
                .requireAwaitingScreening(), conflict("already-screened"));
    }
}
