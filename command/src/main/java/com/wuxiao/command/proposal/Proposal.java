package com.wuxiao.command.proposal;

import com.wuxiao.command.attachment.AttachmentLimits;
import com.wuxiao.command.attachment.Attachments;
import com.wuxiao.command.common.ProcessDrivenAggregate;
import com.wuxiao.command.competition.CompetitionCalendar;
import com.wuxiao.command.competition.CompetitionYears;
import com.wuxiao.command.competition.api.Grade;
import com.wuxiao.command.competition.api.ReviewDeadlines;
import com.wuxiao.command.competition.api.YearConfig;
import com.wuxiao.command.identity.UserDirectory;
import com.wuxiao.command.identity.api.Actor;
import com.wuxiao.command.need.PublishedNeeds;
import com.wuxiao.command.proposal.api.AcceptedProposal;
import com.wuxiao.command.proposal.api.AddAttachmentCommand;
import com.wuxiao.command.proposal.api.AttachmentAddedEvent;
import com.wuxiao.command.proposal.api.AttachmentRef;
import com.wuxiao.command.proposal.api.Author;
import com.wuxiao.command.proposal.api.AwardedResult;
import com.wuxiao.command.proposal.api.EscalateScreeningCommand;
import com.wuxiao.command.proposal.api.ExpireReturnedProposalCommand;
import com.wuxiao.command.proposal.api.ProposalAcceptedEvent;
import com.wuxiao.command.proposal.api.ProposalAppraisedEvent;
import com.wuxiao.command.proposal.api.ProposalContent;
import com.wuxiao.command.proposal.api.ProposalRejectedEvent;
import com.wuxiao.command.proposal.api.ProposalReturnedEvent;
import com.wuxiao.command.proposal.api.ProposalRevisedEvent;
import com.wuxiao.command.proposal.api.ProposalStatus;
import com.wuxiao.command.proposal.api.ProposalSubmittedEvent;
import com.wuxiao.command.proposal.api.ProposalWithdrawnEvent;
import com.wuxiao.command.proposal.api.RecordAppraisalResultCommand;
import com.wuxiao.command.proposal.api.ReturnedProposalExpiry;
import com.wuxiao.command.proposal.api.ReviseProposalCommand;
import com.wuxiao.command.proposal.api.ScreenProposalCommand;
import com.wuxiao.command.proposal.api.ScreeningEscalatedEvent;
import com.wuxiao.command.proposal.api.SubmitProposalCommand;
import com.wuxiao.command.proposal.api.WithdrawProposalCommand;
import com.wuxiao.command.proposal.api.WithdrawalReason;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A proposal from declaration through the monthly screening (月度申报、月度初审) to the result of
 * its quarterly appraisal (季度评审). Decides who may submit, revise, withdraw and screen it, and
 * when, by rules kept beside it: {@link DeclarationRules} (who declares, for which unit, when),
 * {@link SubmissionRules} (what they fill in), {@link ScreeningRules}, {@link ProposalLifecycle}
 * (what each status allows), {@link ProposalInput} and {@link AcceptancePoints}. Once appraised it
 * is AWARDED or NOT_AWARDED for good: revising, withdrawing and screening are refused by status.
 */
@Aggregate
public class Proposal extends ProcessDrivenAggregate {

    @AggregateIdentifier
    private String proposalId;
    private String unitId;
    /** Stays an author through every revision: their unit's coordinators screen the proposal. */
    private String submitterId;
    private int competitionYear;
    /** The year's deadlines as at declaration: they hold for the whole review, revisions included. */
    private ReviewDeadlines deadlines;
    private ProposalStatus status;
    private int revision;
    /** Authors in the proposal's order with their shares, and the content, as last declared. */
    private List<Author> authors = List.of();
    /** The mentor (师傅) of the current revision, null if none: like an author, they do not screen it. */
    private String mentorId;
    private ProposalContent content;
    /** The revision whose screening was escalated to the union office, 0 if none. */
    private int escalatedRevision;
    /** The round whose result the proposal carries, null until appraised. */
    private String appraisalRoundId;
    private Grade grade;
    private Instant appraisedAt;
    /** Ids of the attached files; their number is capped by {@link AttachmentLimits#maxFiles()}. */
    private final Set<String> attachmentIds = new HashSet<>();

    protected Proposal() {
        // for Axon: rebuilt from events
    }

    @CommandHandler
    public Proposal(SubmitProposalCommand command, UserDirectory users, CompetitionYears years,
                    AttachmentLimits limits, PublishedNeeds needs) {
        Actor submitter = DeclarationRules.submittingWorker(command.submitterId(), users);
        ZonedDateTime declaredAt = command.submittedAt().atZone(CompetitionCalendar.ZONE);
        YearConfig year = DeclarationRules.configuredYear(declaredAt.getYear(), years);
        DeclarationRules.requireDeclarationMonth(year, declaredAt.getMonthValue());
        SubmissionRules.check(command.content(), command.authors(), command.mentorId(), users, year);
        DeclarationRules.requireSubmitterAmongAuthors(command.authors(), submitter.userId());
        DeclarationRules.requireSubmittersUnit(command.unitId(), submitter, users);
        if (command.attachments().size() > limits.maxFiles()) {
            throw Attachments.tooMany(limits.maxFiles());
        }
        DeclarationRules.requireAnswerableNeed(command.needId(), declaredAt.toLocalDate(), needs);
        apply(new ProposalSubmittedEvent(command.proposalId(), submitter.userId(), command.unitId(),
                command.content(), List.copyOf(command.authors()), command.mentorId(),
                declaredAt.getYear(), declaredAt.getMonthValue(), command.submittedAt(), year.deadlines(),
                command.attachments(), command.needId()));
    }

    /**
     * An author adds a file while the proposal awaits screening or revision: what the screener and,
     * later, the panel judge must not change under them once accepted.
     */
    @CommandHandler
    public void handle(AddAttachmentCommand command, AttachmentLimits limits) {
        DeclarationRules.requireAuthor(authors, command.actorId());
        ProposalLifecycle.requireOpenForAttachments(status);
        AttachmentRef attachment = ProposalInput.attachment(command.attachment());
        if (attachmentIds.contains(attachment.id())) {
            return;
        }
        if (attachmentIds.size() >= limits.maxFiles()) {
            throw Attachments.tooMany(limits.maxFiles());
        }
        apply(new AttachmentAddedEvent(proposalId, command.actorId(), attachment, command.addedAt()));
    }

    @CommandHandler
    public void handle(ReviseProposalCommand command, UserDirectory users, CompetitionYears years) {
        DeclarationRules.requireAuthor(authors, command.revisorId());
        ProposalLifecycle.requireReturned(status);
        ProposalLifecycle.requireCurrentRevision(command.basedOnRevision(), revision);
        SubmissionRules.check(command.content(), command.authors(), command.mentorId(), users,
                DeclarationRules.configuredYear(competitionYear, years));
        DeclarationRules.requireAuthorsKept(command.authors(), submitterId, command.revisorId());
        apply(new ProposalRevisedEvent(proposalId, command.revisorId(), revision + 1, command.content(),
                List.copyOf(command.authors()), command.mentorId(), command.revisedAt(), deadlines));
    }

    @CommandHandler
    public void handle(WithdrawProposalCommand command) {
        DeclarationRules.requireAuthor(authors, command.actorId());
        ProposalLifecycle.requireWithdrawable(status);
        apply(new ProposalWithdrawnEvent(proposalId, command.actorId(), WithdrawalReason.BY_AUTHOR,
                command.withdrawnAt()));
    }

    /**
     * The finalised round's result, sent once per result by {@link AppraisalOutcomePolicy}. A
     * proposal is appraised in one round only; the same round again is a redelivery and a no-op.
     */
    @CommandHandler
    public void handle(RecordAppraisalResultCommand command) {
        ProposalInput.checkAppraisal(command);
        if (ProposalLifecycle.alreadyAppraised(appraisalRoundId, command.roundId(), status)) {
            return;
        }
        apply(new ProposalAppraisedEvent(proposalId, command.roundId(), command.grade(), command.finalScore(),
                command.rank(), command.finalisedAt()));
    }

    /**
     * An acceptance earns the authors the year's acceptance points (the configuration in force now),
     * each author's part applied right after the acceptance.
     */
    @CommandHandler
    public void handle(ScreenProposalCommand command, UserDirectory users, CompetitionYears years) {
        ProposalLifecycle.requireCurrentRevision(command.revision(), revision);
        ScreeningRules screening = new ScreeningRules(unitId, status, authors, mentorId,
                escalatedRevision == revision);
        screening.requireAwaitingScreening();
        screening.requireMayScreen(command.screenerId(), users);
        ProposalInput.checkScreening(command);
        switch (command.outcome()) {
            case ACCEPT -> accept(command, users, DeclarationRules.configuredYear(competitionYear, years));
            case RETURN -> apply(new ProposalReturnedEvent(proposalId, command.screenerId(), revision,
                    command.comment(), command.screenedAt()));
            case REJECT -> apply(new ProposalRejectedEvent(proposalId, command.screenerId(), revision,
                    command.rejectionReason(), command.comment(), command.screenedAt()));
        }
    }

    /** Points as {@link AcceptancePoints} has them, 0 included. */
    private void accept(ScreenProposalCommand command, UserDirectory users, YearConfig year) {
        Map<String, String> authorUnits = AcceptancePoints.unitsOfAuthors(authors, users);
        apply(new ProposalAcceptedEvent(proposalId, command.screenerId(), revision, command.comment(),
                command.screenedAt(), authorUnits));
        AcceptancePoints.earned(proposalId, unitId, authors, authorUnits, year, command.screenedAt())
                .forEach(AggregateLifecycle::apply);
    }

    /** A timer may fire after the screening or a revision: then there is nothing left to escalate. */
    @CommandHandler
    public void handle(EscalateScreeningCommand command) {
        boolean awaitingThisRevision = status == ProposalStatus.SUBMITTED && revision == command.revision();
        if (!awaitingThisRevision || escalatedRevision == command.revision()) {
            return;
        }
        apply(new ScreeningEscalatedEvent(proposalId, revision, command.escalatedAt()));
    }

    /**
     * Withdraws only if still RETURNED at that revision; a revision or withdrawal meanwhile wins. The
     * answer tells the process which: after a revision it must wait for that revision's screening.
     */
    @CommandHandler
    public ReturnedProposalExpiry handle(ExpireReturnedProposalCommand command) {
        boolean repeat = alreadyApplied(command);
        boolean stillReturned = status == ProposalStatus.RETURNED && revision == command.revision();
        if (!repeat && stillReturned) {
            apply(new ProposalWithdrawnEvent(proposalId, null, WithdrawalReason.NOT_REVISED_IN_TIME,
                    command.expiredAt()));
            return new ReturnedProposalExpiry(ReturnedProposalExpiry.Outcome.WITHDRAWN, revision);
        }
        return new ReturnedProposalExpiry(
                ProposalLifecycle.expiryOutcome(repeat, status, revision, command.revision()), revision);
    }

    // --- state -----------------------------------------------------------------------------------

    @EventSourcingHandler
    void on(ProposalSubmittedEvent event) {
        proposalId = event.proposalId();
        unitId = event.unitId();
        submitterId = event.submitterId();
        competitionYear = event.competitionYear();
        deadlines = event.deadlines();
        authors = List.copyOf(event.authors());
        mentorId = event.mentorId();
        content = event.content();
        revision = 1;
        status = ProposalStatus.SUBMITTED;
        event.attachments().forEach(a -> attachmentIds.add(a.id()));
    }

    @EventSourcingHandler
    void on(AttachmentAddedEvent event) {
        attachmentIds.add(event.attachment().id());
    }

    @EventSourcingHandler
    void on(ProposalRevisedEvent event) {
        authors = List.copyOf(event.authors());
        mentorId = event.mentorId();
        content = event.content();
        revision = event.revision();
        status = ProposalStatus.SUBMITTED;
    }

    @EventSourcingHandler
    void on(ProposalAcceptedEvent event) {
        status = ProposalStatus.ACCEPTED;
    }

    @EventSourcingHandler
    void on(ProposalReturnedEvent event) {
        status = ProposalStatus.RETURNED;
    }

    @EventSourcingHandler
    void on(ProposalRejectedEvent event) {
        status = ProposalStatus.REJECTED;
    }

    @EventSourcingHandler
    void on(ProposalWithdrawnEvent event) {
        status = ProposalStatus.WITHDRAWN;
    }

    @EventSourcingHandler
    void on(ScreeningEscalatedEvent event) {
        escalatedRevision = event.revision();
    }

    @EventSourcingHandler
    void on(ProposalAppraisedEvent event) {
        appraisalRoundId = event.roundId();
        grade = event.grade();
        appraisedAt = event.appraisedAt();
        status = ProposalStatus.appraisedAs(event.grade());
    }

    /** What the innovation fund reimburses costs of: a proposal past the monthly screening. */
    Optional<AcceptedProposal> acceptedProposal() {
        if (status != ProposalStatus.ACCEPTED && status != ProposalStatus.AWARDED
                && status != ProposalStatus.NOT_AWARDED) {
            return Optional.empty();
        }
        return Optional.of(new AcceptedProposal(proposalId, content.title(), unitId, content.categoryCode(),
                competitionYear, authors));
    }

    /** What patents and conversion build on; empty unless the appraisal awarded the proposal a grade. */
    Optional<AwardedResult> awardedResult() {
        if (status != ProposalStatus.AWARDED) {
            return Optional.empty();
        }
        return Optional.of(new AwardedResult(proposalId, content.title(), unitId, content.categoryCode(),
                competitionYear, appraisalRoundId, grade, authors, appraisedAt));
    }
}
