package com.wuxiao.command.proposal;

import com.wuxiao.command.competition.api.ReviewDeadlines;
import com.wuxiao.command.proposal.api.AddAttachmentCommand;
import com.wuxiao.command.proposal.api.AttachmentAddedEvent;
import com.wuxiao.command.proposal.api.AttachmentRef;
import com.wuxiao.command.proposal.api.ProposalAcceptedEvent;
import com.wuxiao.command.proposal.api.ProposalReturnedEvent;
import com.wuxiao.command.proposal.api.ProposalSubmittedEvent;
import com.wuxiao.command.proposal.api.ProposalWithdrawnEvent;
import com.wuxiao.command.proposal.api.SubmitProposalCommand;
import com.wuxiao.command.proposal.api.WithdrawalReason;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

import static com.wuxiao.command.proposal.ProposalTestData.AUTHORS;
import static com.wuxiao.command.proposal.ProposalTestData.AUTHOR_UNITS;
import static com.wuxiao.command.proposal.ProposalTestData.CONTENT;
import static com.wuxiao.command.proposal.ProposalTestData.ID;
import static com.wuxiao.command.proposal.ProposalTestData.T0;
import static com.wuxiao.command.proposal.ProposalTestData.submitted;
import static com.wuxiao.command.testing.Violations.conflict;
import static com.wuxiao.command.testing.Violations.forbidden;

/** product.md / issue 10: at most 5 files per proposal, attached by an author while it awaits screening or revision. */
class AttachmentRuleTest extends ProposalFixtureTest {

    private static final Instant T1 = T0.plusSeconds(600);

    private static AttachmentRef file(int n) {
        return new AttachmentRef("a-" + n, "图纸" + n + ".pdf", "application/pdf", 1000L + n, "%064d".formatted(n));
    }

    private static List<AttachmentRef> files(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(AttachmentRuleTest::file).toList();
    }

    private static ProposalSubmittedEvent submittedWith(List<AttachmentRef> attachments) {
        return new ProposalSubmittedEvent(ID, "w1", "ZC1", CONTENT, AUTHORS, null, 2025, 3, T0,
                ReviewDeadlines.defaults(), attachments);
    }

    @Test
    void aDeclarationCarriesItsFilesMetadata() {
        fixture.givenNoPriorActivity()
                .when(new SubmitProposalCommand(ID, "w1", "ZC1", CONTENT, AUTHORS, null, T0, files(5)))
                .expectEvents(submittedWith(files(5)));
    }

    @Test
    void aDeclarationWithSixFilesIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new SubmitProposalCommand(ID, "w1", "ZC1", CONTENT, AUTHORS, null, T0, files(6)))
                .expectException(conflict("too-many-attachments"))
                .expectNoEvents();
    }

    @Test
    void aCoAuthorAddsAFileToASubmittedProposal() {
        fixture.given(submitted())
                .when(new AddAttachmentCommand(ID, "w2", file(1), T1))
                .expectEvents(new AttachmentAddedEvent(ID, "w2", file(1), T1));
    }

    @Test
    void anAuthorAddsAFileToAReturnedProposal() {
        fixture.given(submitted(), new ProposalReturnedEvent(ID, "c1", 1, "请补充图纸", T1))
                .when(new AddAttachmentCommand(ID, "w1", file(1), T1))
                .expectEvents(new AttachmentAddedEvent(ID, "w1", file(1), T1));
    }

    @Test
    void theFifthFileIsTheLast() {
        fixture.given(submittedWith(files(3)), new AttachmentAddedEvent(ID, "w1", file(4), T1))
                .when(new AddAttachmentCommand(ID, "w1", file(5), T1))
                .expectEvents(new AttachmentAddedEvent(ID, "w1", file(5), T1));
    }

    @Test
    void aSixthFileIsRefusedWhetherDeclaredOrAddedBefore() {
        fixture.given(submittedWith(files(4)), new AttachmentAddedEvent(ID, "w1", file(5), T1))
                .when(new AddAttachmentCommand(ID, "w1", file(6), T1))
                .expectException(conflict("too-many-attachments"))
                .expectNoEvents();
    }

    @Test
    void theSameFileAgainIsNoNewAttachment() {
        fixture.given(submittedWith(files(5)))
                .when(new AddAttachmentCommand(ID, "w1", file(5), T1))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void onlyAnAuthorAddsFiles() {
        fixture.given(submitted())
                .when(new AddAttachmentCommand(ID, "c1", file(1), T1))
                .expectException(forbidden("not-author"))
                .expectNoEvents();
    }

    @Test
    void anAcceptedProposalTakesNoMoreFiles() {
        fixture.given(submitted(), new ProposalAcceptedEvent(ID, "c1", 1, null, T1, AUTHOR_UNITS))
                .when(new AddAttachmentCommand(ID, "w1", file(1), T1))
                .expectException(conflict("attachments-closed"))
                .expectNoEvents();
    }

    @Test
    void aWithdrawnProposalTakesNoMoreFiles() {
        fixture.given(submitted(), new ProposalWithdrawnEvent(ID, "w1", WithdrawalReason.BY_AUTHOR, T1))
                .when(new AddAttachmentCommand(ID, "w1", file(1), T1))
                .expectException(conflict("attachments-closed"))
                .expectNoEvents();
    }
}
