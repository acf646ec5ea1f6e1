package com.wuxiao.command.proposal;

import com.wuxiao.command.testing.ProcessCommandIds;
import com.wuxiao.command.attachment.AttachmentLimits;
import com.wuxiao.command.competition.api.PointsTable;
import com.wuxiao.command.competition.api.ReviewDeadlines;
import com.wuxiao.command.competition.api.YearConfig;
import com.wuxiao.command.proposal.api.Author;
import com.wuxiao.command.proposal.api.ProposalAcceptedEvent;
import com.wuxiao.command.proposal.api.ProposalReturnedEvent;
import com.wuxiao.command.proposal.api.ProposalRevisedEvent;
import com.wuxiao.command.proposal.api.ProposalSubmittedEvent;
import com.wuxiao.command.proposal.api.ScreenProposalCommand;
import com.wuxiao.command.testing.InMemoryCompetitionYears;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static com.wuxiao.command.proposal.ProposalTestData.AUTHOR_UNITS;
import static com.wuxiao.command.proposal.ProposalTestData.CONTENT;
import static com.wuxiao.command.proposal.ProposalTestData.ID;
import static com.wuxiao.command.proposal.ProposalTestData.T0;
import static com.wuxiao.command.proposal.ProposalTestData.acceptancePoints;
import static com.wuxiao.command.proposal.ProposalTestData.submitted;
import static com.wuxiao.command.proposal.ProposalTestData.year2025;
import static com.wuxiao.command.proposal.api.ScreeningOutcome.ACCEPT;
import static com.wuxiao.command.testing.Violations.conflict;

/**
 * The acceptance at screening earns the authors the year's acceptance points (product.md §4: +2 by
 * default): one event per author right after the acceptance, points × share / 100 to two decimals,
 * half-up (worked out by hand below), counted for the unit the author belongs to when accepted. That
 * the points carry the process command's id as the acceptance does: {@link ScreenProposalTest}.
 */
class AcceptancePointsTest extends ProposalFixtureTest {

    private static final Instant T1 = T0.plusSeconds(86_400);
    private static final Instant T2 = T0.plusSeconds(2 * 86_400);

    private static ScreenProposalCommand accept(int revision, String processCommandId) {
        return new ScreenProposalCommand(ID, "c1", revision, ACCEPT, null, null, processCommandId, T1);
    }

    private static ProposalSubmittedEvent submittedBy(List<Author> authors) {
        return new ProposalSubmittedEvent(ID, authors.get(0).workerId(), "ZC1", CONTENT, authors, null, 2025, 3, T0,
                ReviewDeadlines.defaults());
    }

    /** 2025 as in the other proposal tests, with other acceptance points. */
    private static YearConfig year2025Accepting(int points) {
        YearConfig year = year2025();
        PointsTable d = year.points();
        return new YearConfig(2025, year.categories(), year.declarationMonths(), year.weights(), year.quotas(),
                year.rewards(), new PointsTable(points, d.first(), d.second(), d.third(), d.merit(), d.patentFiled(),
                        d.inventionGranted(), d.utilityModelGranted(), d.designGranted(), d.adopted(), d.replication()),
                year.deadlines(), year.commendationTopN());
    }

    private static FixtureConfiguration<Proposal> fixtureWith(InMemoryCompetitionYears years) {
        return ProcessCommandIds.onEvents(new AggregateTestFixture<>(Proposal.class))
                .registerInjectableResource(ProposalTestData.directory())
                .registerInjectableResource(years)
                .registerInjectableResource(AttachmentLimits.defaults())
                .registerInjectableResource(ProposalTestData.needs());
    }

    @Test
    void eachAuthorEarnsTheirShareOfTheDefaultTwoPointsRightAfterTheAcceptance() {
        fixture.given(submitted())
                .when(accept(1, null))
                .expectEvents(new ProposalAcceptedEvent(ID, "c1", 1, null, T1, AUTHOR_UNITS),
                        // 2 × 60 / 100 = 1.20, 2 × 40 / 100 = 0.80
                        acceptancePoints("w1", "ZC1", 60, "1.20", T1),
                        acceptancePoints("w2", "ZC1", 40, "0.80", T1));
    }

    @Test
    void theSharesSplitTheConfiguredPointsToTwoDecimals() {
        fixtureWith(new InMemoryCompetitionYears().with(year2025Accepting(5)))
                .given(submittedBy(List.of(new Author("w1", 34), new Author("w2", 33), new Author("w3", 33))))
                .when(accept(1, null))
                .expectEvents(new ProposalAcceptedEvent(ID, "c1", 1, null, T1, Map.of("w1", "ZC1", "w2", "ZC1",
                                "w3", "JJ2")),
                        // 5 × 34 / 100 = 1.70, 5 × 33 / 100 = 1.65 (twice): they add up to the 5 points
                        acceptancePoints("w1", "ZC1", 34, "1.70", T1),
                        acceptancePoints("w2", "ZC1", 33, "1.65", T1),
                        acceptancePoints("w3", "JJ2", 33, "1.65", T1));
    }

    @Test
    void theConfigurationInForceWhenAcceptedGivesThePointsNotTheOneAtTheDeclaration() {
        InMemoryCompetitionYears years = new InMemoryCompetitionYears().with(year2025());
        TestExecutor<Proposal> declared = fixtureWith(years).given(submitted());
        years.with(year2025Accepting(3));   // the union office raised the acceptance points meanwhile

        declared.when(accept(1, null))
                .expectEvents(new ProposalAcceptedEvent(ID, "c1", 1, null, T1, AUTHOR_UNITS),
                        // 3 × 60 / 100 = 1.80, 3 × 40 / 100 = 1.20
                        acceptancePoints("w1", "ZC1", 60, "1.80", T1),
                        acceptancePoints("w2", "ZC1", 40, "1.20", T1));
    }

    @Test
    void aTeamAcrossUnitsEarnsForEachAuthorsOwnUnit() {
        fixture.given(submittedBy(List.of(new Author("w1", 50), new Author("w3", 50))))
                .when(accept(1, null))
                .expectEvents(new ProposalAcceptedEvent(ID, "c1", 1, null, T1, Map.of("w1", "ZC1", "w3", "JJ2")),
                        // 2 × 50 / 100 = 1.00 each; w3 belongs to JJ2, the proposal to ZC1
                        acceptancePoints("w1", "ZC1", 50, "1.00", T1),
                        acceptancePoints("w3", "JJ2", 50, "1.00", T1));
    }

    @Test
    void anAuthorTheDirectoryNoLongerKnowsEarnsForTheProposalsUnit() {
        fixture.given(submittedBy(List.of(new Author("w1", 70), new Author("gone", 30))))
                .when(accept(1, null))
                .expectEvents(new ProposalAcceptedEvent(ID, "c1", 1, null, T1, Map.of("w1", "ZC1")),
                        // 2 × 70 / 100 = 1.40, 2 × 30 / 100 = 0.60
                        acceptancePoints("w1", "ZC1", 70, "1.40", T1),
                        acceptancePoints("gone", "ZC1", 30, "0.60", T1));
    }

    @Test
    void zeroAcceptancePointsStillGiveEachAuthorTheirAcceptance() {
        fixtureWith(new InMemoryCompetitionYears().with(year2025Accepting(0)))
                .given(submitted())
                .when(accept(1, null))
                .expectEvents(new ProposalAcceptedEvent(ID, "c1", 1, null, T1, AUTHOR_UNITS),
                        acceptancePoints("w1", "ZC1", 60, "0.00", T1),
                        acceptancePoints("w2", "ZC1", 40, "0.00", T1));
    }

    @Test
    void theAuthorsOfTheAcceptedRevisionEarn() {
        fixture.given(submitted(), new ProposalReturnedEvent(ID, "c1", 1, "请补充", T1),
                        new ProposalRevisedEvent(ID, "w1", 2, CONTENT,
                                List.of(new Author("w1", 75), new Author("w3", 25)), null, T2))
                .when(new ScreenProposalCommand(ID, "c1", 2, ACCEPT, null, null, null, T2))
                .expectEvents(new ProposalAcceptedEvent(ID, "c1", 2, null, T2, Map.of("w1", "ZC1", "w3", "JJ2")),
                        // 2 × 75 / 100 = 1.50, 2 × 25 / 100 = 0.50; w2 left the team with the revision
                        acceptancePoints("w1", "ZC1", 75, "1.50", T2),
                        acceptancePoints("w3", "JJ2", 25, "0.50", T2));
    }

    @Test
    void anAcceptanceWithoutItsYearsConfigurationIsRefused() {
        fixtureWith(new InMemoryCompetitionYears())
                .given(submitted())
                .when(accept(1, null))
                .expectException(conflict("year-not-configured"))
                .expectNoEvents();
    }
}
