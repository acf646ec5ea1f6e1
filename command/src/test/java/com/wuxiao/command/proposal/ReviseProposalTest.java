package com.wuxiao.command.proposal;

import com.wuxiao.command.competition.api.ReviewDeadlines;
import com.wuxiao.command.proposal.ProposalTestData.Draft;
import com.wuxiao.command.proposal.api.Author;
import com.wuxiao.command.proposal.api.ProposalAcceptedEvent;
import com.wuxiao.command.proposal.api.ProposalContent;
import com.wuxiao.command.proposal.api.ProposalReturnedEvent;
import com.wuxiao.command.proposal.api.ProposalRevisedEvent;
import com.wuxiao.command.proposal.api.ProposalSubmittedEvent;
import com.wuxiao.command.proposal.api.ProposalWithdrawnEvent;
import com.wuxiao.command.proposal.api.ReviseProposalCommand;
import com.wuxiao.command.proposal.api.WithdrawalReason;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static com.wuxiao.command.proposal.ProposalTestData.AUTHORS;
import static com.wuxiao.command.proposal.ProposalTestData.CONTENT;
import static com.wuxiao.command.proposal.ProposalTestData.ID;
import static com.wuxiao.command.proposal.ProposalTestData.T0;
import static com.wuxiao.command.proposal.ProposalTestData.submitted;
import static com.wuxiao.command.testing.Violations.conflict;
import static com.wuxiao.command.testing.Violations.forbidden;
import static com.wuxiao.command.testing.Violations.invalid;

class ReviseProposalTest extends ProposalFixtureTest {

    private static final Instant T1 = T0.plusSeconds(86_400);
    private static final Instant T2 = T0.plusSeconds(2 * 86_400);
    private static final ProposalContent REVISED = revisedContent();

    private static ProposalContent revisedContent() {
        Draft draft = new Draft();
        draft.title = "链条自动张紧装置（修订）";
        draft.categoryCode = "TFAQ";
        return draft.toContent();
    }

    private static ProposalReturnedEvent returned(int revision) {
        return new ProposalReturnedEvent(ID, "c1", revision, "请补充成本测算", T1);
    }

    private static ReviseProposalCommand revise(String revisorId, int basedOn, List<Author> authors) {
        return new ReviseProposalCommand(ID, revisorId, basedOn, REVISED, authors, null, T2);
    }

    @Test
    void anAuthorRevisesAReturnedProposalIntoTheNextRevision() {
        fixture.given(submitted(), returned(1))
                .when(revise("w2", 1, AUTHORS))
                .expectEvents(new ProposalRevisedEvent(ID, "w2", 2, REVISED, AUTHORS, null, T2, ReviewDeadlines.defaults()));
    }

    @Test
    void revisionsCountOnAndMayChangeAuthorsAndMentor() {
        List<Author> team = List.of(new Author("w1", 50), new Author("w3", 50));
        fixture.given(submitted(), returned(1),
                        new ProposalRevisedEvent(ID, "w1", 2, REVISED, AUTHORS, null, T2), returned(2))
                .when(new ReviseProposalCommand(ID, "w1", 2, REVISED, team, "w2", T2))
                .expectEvents(new ProposalRevisedEvent(ID, "w1", 3, REVISED, team, "w2", T2, ReviewDeadlines.defaults()));
    }

    /** product.md: the year's deadlines as at declaration hold for the whole review, whatever the year says now. */
    @Test
    void theRevisionCarriesTheDeadlinesOfTheDeclaration() {
        ReviewDeadlines atDeclaration = new ReviewDeadlines(Duration.ofDays(3), Duration.ofDays(10), Duration.ofDays(5));
        fixture.given(new ProposalSubmittedEvent(ID, "w1", "ZC1", CONTENT, AUTHORS, null, 2025, 3, T0, atDeclaration),
                        returned(1))
                .when(revise("w1", 1, AUTHORS))
                .expectEvents(new ProposalRevisedEvent(ID, "w1", 2, REVISED, AUTHORS, null, T2, atDeclaration));
    }

    @Test
    void aLaterRevisionStillCarriesTheDeadlinesOfTheDeclaration() {
        ReviewDeadlines atDeclaration = new ReviewDeadlines(Duration.ofDays(3), Duration.ofDays(10), Duration.ofDays(5));
        fixture.given(new ProposalSubmittedEvent(ID, "w1", "ZC1", CONTENT, AUTHORS, null, 2025, 3, T0, atDeclaration),
                        returned(1), new ProposalRevisedEvent(ID, "w1", 2, REVISED, AUTHORS, null, T2), returned(2))
                .when(revise("w1", 2, AUTHORS))
                .expectEvents(new ProposalRevisedEvent(ID, "w1", 3, REVISED, AUTHORS, null, T2, atDeclaration));
    }

    @Test
    void revisingOutsideTheDeclarationMonthsIsFine() {
        // The proposal keeps its declaration month; December is not one, yet a revision is allowed.
        Instant december = Instant.parse("2025-12-02T02:00:00Z");
        fixture.given(submitted(), returned(1))
                .when(new ReviseProposalCommand(ID, "w1", 1, REVISED, AUTHORS, null, december))
                .expectEvents(new ProposalRevisedEvent(ID, "w1", 2, REVISED, AUTHORS, null, december,
                        ReviewDeadlines.defaults()));
    }

    @Test
    void onlyAnAuthorRevises() {
        fixture.given(submitted(), returned(1))
                .when(revise("c1", 1, AUTHORS))
                .expectException(forbidden("not-author"))
                .expectNoEvents();
    }

    @Test
    void aRemovedAuthorNoLongerRevises() {
        List<Author> alone = List.of(new Author("w1", 100));
        fixture.given(submitted(), returned(1), new ProposalRevisedEvent(ID, "w1", 2, REVISED, alone, null, T2),
                        returned(2))
                .when(revise("w2", 2, AUTHORS))
                .expectException(forbidden("not-author"));
    }

    @Test
    void aSubmittedProposalIsNotRevised() {
        fixture.given(submitted())
                .when(revise("w1", 1, AUTHORS))
                .expectException(conflict("not-returned"));
    }

    @Test
    void anAcceptedProposalIsNotRevised() {
        fixture.given(submitted(), new ProposalAcceptedEvent(ID, "c1", 1, null, T1, ProposalTestData.AUTHOR_UNITS))
                .when(revise("w1", 1, AUTHORS))
                .expectException(conflict("not-returned"));
    }

    @Test
    void aWithdrawnProposalIsNotRevised() {
        fixture.given(submitted(), returned(1),
                        new ProposalWithdrawnEvent(ID, null, WithdrawalReason.NOT_REVISED_IN_TIME, T2))
                .when(revise("w1", 1, AUTHORS))
                .expectException(conflict("not-returned"));
    }

    @Test
    void anEditOfAnOlderRevisionIsStale() {
        fixture.given(submitted(), returned(1),
                        new ProposalRevisedEvent(ID, "w1", 2, REVISED, AUTHORS, null, T2), returned(2))
                .when(revise("w1", 1, AUTHORS))
                .expectException(conflict("stale-revision"));
    }

    @Test
    void anEditOfAnUnknownRevisionIsStale() {
        fixture.given(submitted(), returned(1))
                .when(revise("w1", 2, AUTHORS))
                .expectException(conflict("stale-revision"));
    }

    @Test
    void theRevisionIsCheckedLikeASubmission() {
        fixture.given(submitted(), returned(1))
                .when(revise("w1", 1, List.of(new Author("w1", 60), new Author("w2", 30))))
                .expectException(invalid("shares-not-100", "authors"));
    }

    @Test
    void theCategoryMustBeOneOfTheProposalsYear() {
        Draft draft = new Draft();
        draft.categoryCode = "XXH";
        fixture.given(submitted(), returned(1))
                .when(new ReviseProposalCommand(ID, "w1", 1, draft.toContent(), AUTHORS, null, T2))
                .expectException(invalid("unknown-category", "categoryCode"));
    }

    @Test
    void theMentorRuleHoldsOnRevisionToo() {
        fixture.given(submitted(), returned(1))
                .when(new ReviseProposalCommand(ID, "w1", 1, REVISED, AUTHORS, "w1", T2))
                .expectException(invalid("mentor-is-author", "mentorId"));
    }

    @Test
    void theRevisorRemainsAnAuthor() {
        fixture.given(submitted(), returned(1))
                .when(revise("w2", 1, List.of(new Author("w1", 100))))
                .expectException(forbidden("revisor-not-author"))
                .expectNoEvents();
    }

    @Test
    void theSubmitterRemainsAnAuthor() {
        // w1 submitted: their unit's coordinators screen, so a co-author cannot drop them.
        fixture.given(submitted(), returned(1))
                .when(revise("w2", 1, List.of(new Author("w2", 100))))
                .expectException(invalid("submitter-not-author", "authors"))
                .expectNoEvents();
    }

    @Test
    void theSubmitterRemainsAnAuthorAcrossRevisions() {
        // The authors of revision 2 are w1 and w3; w3 may not drop the submitter w1 in revision 3.
        List<Author> team = List.of(new Author("w1", 50), new Author("w3", 50));
        fixture.given(submitted(), returned(1),
                        new ProposalRevisedEvent(ID, "w1", 2, REVISED, team, null, T2), returned(2))
                .when(revise("w3", 2, List.of(new Author("w3", 100))))
                .expectException(invalid("submitter-not-author", "authors"))
                .expectNoEvents();
    }
}
