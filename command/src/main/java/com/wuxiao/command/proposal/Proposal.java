package com.wuxiao.command.proposal;

import com.wuxiao.command.attachment.AttachmentLimits;
import com.wuxiao.command.attachment.Attachments;
import com.wuxiao.command.common.ProcessDrivenAggregate;
import com.wuxiao.command.common.ResultPoints;
import com.wuxiao.command.common.api.PointsEarnedEvent;
import com.wuxiao.command.common.api.PointsReason;
import com.wuxiao.command.common.api.RuleViolation;
import com.wuxiao.command.competition.CompetitionCalendar;
import com.wuxiao.command.competition.CompetitionYears;
import com.wuxiao.command.competition.api.Grade;
import com.wuxiao.command.competition.api.ReviewDeadlines;
import com.wuxiao.command.competition.api.YearConfig;
import com.wuxiao.command.identity.UserDirectory;
import com.wuxiao.command.identity.api.Actor;
import com.wuxiao.command.identity.api.Role;
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
import com.wuxiao.command.proposal.api.ProposalLimits;
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
import com.wuxiao.command.proposal.api.ScreeningOutcome;
import com.wuxiao.command.proposal.api.SubmitProposalCommand;
import com.wuxiao.command.proposal.api.Tie;
import com.wuxiao.command.proposal.api.WithdrawProposalCommand;
import com.wuxiao.command.proposal.api.WithdrawalReason;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A proposal from declaration through the monthly screening (月度申报、月度初审) to the result of
 * its quarterly appraisal (季度评审). Decides who may submit, revise, withdraw and screen it, and
 * when; the input rules are in {@link SubmissionRules}. Once appraised it is AWARDED or NOT_AWARDED
 * for good: revising, withdrawing and screening are refused by status.
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
    private Set<String> authorIds = Set.of();
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
                    AttachmentLimits limits) {
        Actor submitter = submittingWorker(command.submitterId(), users);
        ZonedDateTime declaredAt = command.submittedAt().atZone(CompetitionCalendar.ZONE);
        YearConfig year = configuredYear(declaredAt.getYear(), years);
        requireDeclarationMonth(year, declaredAt.getMonthValue());
        SubmissionRules.check(command.content(), command.authors(), command.mentorId(), users, year);
        if (!idsOf(command.authors()).contains(submitter.userId())) {
            throw RuleViolation.forbidden("submitter-not-author",
                    "申报人必须是作者之一", "the submitter must be one of the authors");
        }
        requireSubmittersUnit(command.unitId(), submitter, users);
        if (command.attachments().size() > limits.maxFiles()) {
            throw Attachments.tooMany(limits.maxFiles());
        }
        apply(new ProposalSubmittedEvent(command.proposalId(), submitter.userId(), command.unitId(),
                command.content(), List.copyOf(command.authors()), command.mentorId(),
                declaredAt.getYear(), declaredAt.getMonthValue(), command.submittedAt(), year.deadlines(),
                command.attachments()));
    }

    /**
     * An author adds a file while the proposal awaits screening or revision: what the screener and,
     * later, the panel judge must not change under them once accepted.
     */
    @CommandHandler
    public void handle(AddAttachmentCommand command, AttachmentLimits limits) {
        requireAuthor(command.actorId());
        if (status != ProposalStatus.SUBMITTED && status != ProposalStatus.RETURNED) {
            throw RuleViolation.conflict("attachments-closed",
                    "该申报当前状态为" + status.zh() + "，不能再添加附件",
                    "files can no longer be attached to a proposal that is " + status);
        }
        AttachmentRef attachment = command.attachment();
        if (attachment == null || attachment.id() == null) {
            throw RuleViolation.invalid("required", "file", "附件不能为空", "the file is required");
        }
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
        requireAuthor(command.revisorId());
        if (status != ProposalStatus.RETURNED) {
            throw RuleViolation.conflict("not-returned",
                    "只有退回修改的申报才能修改", "only a returned proposal can be revised");
        }
        requireCurrentRevision(command.basedOnRevision());
        SubmissionRules.check(command.content(), command.authors(), command.mentorId(), users,
                configuredYear(competitionYear, years));
        if (!idsOf(command.authors()).contains(submitterId)) {
            throw RuleViolation.invalid("submitter-not-author", "authors",
                    "申报人必须仍是作者之一", "the submitter must remain one of the authors");
        }
        if (!idsOf(command.authors()).contains(command.revisorId())) {
            throw RuleViolation.forbidden("revisor-not-author",
                    "修改人必须仍是作者之一", "the revisor must remain one of the authors");
        }
        apply(new ProposalRevisedEvent(proposalId, command.revisorId(), revision + 1, command.content(),
                List.copyOf(command.authors()), command.mentorId(), command.revisedAt(), deadlines));
    }

    @CommandHandler
    public void handle(WithdrawProposalCommand command) {
        requireAuthor(command.actorId());
        if (status != ProposalStatus.SUBMITTED && status != ProposalStatus.RETURNED) {
            throw RuleViolation.conflict("not-withdrawable", "该申报当前状态为" + status.zh() + "，不能撤回",
                    "a proposal that is " + status + " cannot be withdrawn");
        }
        apply(new ProposalWithdrawnEvent(proposalId, command.actorId(), WithdrawalReason.BY_AUTHOR,
                command.withdrawnAt()));
    }

    /**
     * The finalised round's result, sent once per result by {@link AppraisalOutcomePolicy}. A
     * proposal is appraised in one round only; the same round again is a redelivery and a no-op.
     */
    @CommandHandler
    public void handle(RecordAppraisalResultCommand command) {
        checkAppraisalInput(command);
        if (appraisalRoundId != null) {
            if (appraisalRoundId.equals(command.roundId())) {
                return;
            }
            throw RuleViolation.conflict("already-appraised",
                    "该申报已在 " + appraisalRoundId + " 评审中定级，不能再次评审",
                    "the proposal was appraised in round " + appraisalRoundId + " already");
        }
        if (status != ProposalStatus.ACCEPTED) {
            throw RuleViolation.conflict("proposal-not-accepted",
                    "只有初审通过的申报才能参加季度评审（当前：" + status.zh() + "）",
                    "only an accepted proposal can be appraised (it is " + status + ")");
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
        requireCurrentRevision(command.revision());
        requireAwaitingScreening();
        requireMayScreen(command.screenerId(), users);
        checkScreeningInput(command);
        switch (command.outcome()) {
            case ACCEPT -> accept(command, users, configuredYear(competitionYear, years));
            case RETURN -> apply(new ProposalReturnedEvent(proposalId, command.screenerId(), revision,
                    command.comment(), command.screenedAt()));
            case REJECT -> apply(new ProposalRejectedEvent(proposalId, command.screenerId(), revision,
                    command.rejectionReason(), command.comment(), command.screenedAt()));
        }
    }

    /**
     * Unlike an awarded result's points, 0 configured acceptance points still give each author an
     * event (of 0.00): the acceptance is what the leaderboards count as accepted and what the
     * worker's own points list shows, whatever it is worth.
     */
    private void accept(ScreenProposalCommand command, UserDirectory users, YearConfig year) {
        Map<String, String> authorUnits = unitsOfAuthors(users);
        apply(new ProposalAcceptedEvent(proposalId, command.screenerId(), revision, command.comment(),
                command.screenedAt(), authorUnits));
        for (PointsEarnedEvent earned : ResultPoints.split(proposalId, proposalId, unitId, authors,
                PointsReason.ACCEPTED, year.points().accepted(),
                authorId -> authorUnits.getOrDefault(authorId, unitId), command.screenedAt())) {
            apply(earned);
        }
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
        ReturnedProposalExpiry.Outcome outcome;
        if (repeat && status == ProposalStatus.WITHDRAWN) {
            outcome = ReturnedProposalExpiry.Outcome.WITHDRAWN;   // this very expiry, sent again
        } else if (status == ProposalStatus.SUBMITTED && revision > command.revision()) {
            outcome = ReturnedProposalExpiry.Outcome.REVISED;
        } else {
            outcome = ReturnedProposalExpiry.Outcome.UNCHANGED;
        }
        return new ReturnedProposalExpiry(outcome, revision);
    }

    // --- rules ---------------------------------------------------------------------------------

    private static Actor submittingWorker(String submitterId, UserDirectory users) {
        Actor submitter = (submitterId == null ? null : users.find(submitterId).orElse(null));
        if (submitter == null) {
            throw RuleViolation.forbidden("unknown-user", "用户不存在", "unknown user");
        }
        if (!submitter.has(Role.WORKER)) {
            throw RuleViolation.forbidden("not-worker", "只有职工可以申报", "only workers can submit proposals");
        }
        return submitter;
    }

    private static YearConfig configuredYear(int year, CompetitionYears years) {
        return years.find(year).orElseThrow(() -> RuleViolation.conflict("year-not-configured",
                year + " 年度竞赛尚未设置", "the competition year " + year + " is not configured"));
    }

    private static void requireDeclarationMonth(YearConfig year, int month) {
        if (!year.declarationMonths().contains(month)) {
            throw RuleViolation.conflict("not-declaration-month",
                    year.year() + " 年 " + month + " 月不是申报月份",
                    month + "/" + year.year() + " is not a declaration month");
        }
    }

    /** A worker declares for the unit they belong to (its coordinator screens the proposal). */
    private static void requireSubmittersUnit(String unitId, Actor submitter, UserDirectory users) {
        if (unitId == null || unitId.isBlank()) {
            throw RuleViolation.invalid("required", "unitId", "单位不能为空", "unit is required");
        }
        if (!users.unitExists(unitId)) {
            throw RuleViolation.invalid("unknown-unit", "unitId", "单位 " + unitId + " 不存在",
                    "unit " + unitId + " is unknown");
        }
        if (!unitId.equals(submitter.unitId())) {
            throw RuleViolation.invalid("not-own-unit", "unitId",
                    "只能以本人所在单位申报", "a proposal is declared for the submitter's own unit");
        }
    }

    private void requireAuthor(String actorId) {
        if (actorId == null || !authorIds.contains(actorId)) {
            throw RuleViolation.forbidden("not-author", "只有作者可以进行此操作", "only an author can do this");
        }
    }

    private void requireCurrentRevision(int expected) {
        if (expected != revision) {
            throw RuleViolation.conflict("stale-revision",
                    "申报已更新为第 " + revision + " 版，请刷新后重试",
                    "the proposal is at revision " + revision + " now; reload and retry");
        }
    }

    private void requireAwaitingScreening() {
        if (status == ProposalStatus.WITHDRAWN) {
            throw RuleViolation.conflict("withdrawn", "申报已撤回", "the proposal was withdrawn");
        }
        if (status != ProposalStatus.SUBMITTED) {
            throw RuleViolation.conflict("already-screened", "该版本已初审（" + status.zh() + "）",
                    "this revision was screened already (" + status + ")");
        }
    }

    /**
     * The unit's coordinators screen; the union office after escalation of this revision, or at once
     * when every coordinator of the unit is tied to the proposal. Nobody screens a revision they
     * author, co-author or mentor (product.md's conflict of interest, as at appraisal).
     */
    private void requireMayScreen(String screenerId, UserDirectory users) {
        Actor screener = (screenerId == null ? null : users.find(screenerId).orElse(null));
        if (screener == null) {
            throw RuleViolation.forbidden("unknown-user", "用户不存在", "unknown user");
        }
        if (!(screener.has(Role.UNION_LEADER) && unionOfficeMayScreen(users))) {
            requireCoordinatorOfUnit(screener);
        }
        Optional<Tie> tie = tieTo(screener.userId());
        if (tie.isPresent()) {
            throw RuleViolation.forbidden("screener-conflict",
                    "您是该申报的" + tie.get().zh + "，须回避初审；将由本单位其他联络员或工会办公室初审",
                    "you are " + tie.get().en + " of this proposal, so you may not screen it (conflict of interest);"
                            + " another coordinator of the unit or the union office will");
        }
    }

    private boolean unionOfficeMayScreen(UserDirectory users) {
        return escalatedRevision == revision
                || users.coordinatorsOf(unitId).stream().allMatch(coordinator -> tieTo(coordinator).isPresent());
    }

    private void requireCoordinatorOfUnit(Actor screener) {
        if (!screener.has(Role.UNIT_COORDINATOR)) {
            throw RuleViolation.forbidden("not-coordinator",
                    "只有本单位的基层工会联络员可以初审", "only a coordinator of the proposal's unit can screen it");
        }
        if (!unitId.equals(screener.unitId())) {
            throw RuleViolation.forbidden("other-unit",
                    "不能初审其他单位的申报", "a coordinator screens only their own unit's proposals");
        }
    }

    /** How a person is tied to the current revision, if at all. */
    private Optional<Tie> tieTo(String userId) {
        return Tie.of(authors, mentorId, userId);
    }

    private static void checkScreeningInput(ScreenProposalCommand command) {
        if (command.outcome() == null) {
            throw RuleViolation.invalid("required", "outcome", "初审结论不能为空", "outcome is required");
        }
        String comment = command.comment();
        if (comment != null && comment.length() > ProposalLimits.COMMENT_MAX) {
            throw RuleViolation.invalid("too-long", "comment",
                    "意见不能超过 " + ProposalLimits.COMMENT_MAX + " 个字符",
                    "comment must be at most " + ProposalLimits.COMMENT_MAX + " characters");
        }
        if (command.outcome() == ScreeningOutcome.RETURN && (comment == null || comment.isBlank())) {
            throw RuleViolation.invalid("comment-required", "comment",
                    "退回修改须填写意见", "a returned proposal needs a comment");
        }
        if (command.outcome() == ScreeningOutcome.REJECT && command.rejectionReason() == null) {
            throw RuleViolation.invalid("rejection-reason-required", "rejectionReason",
                    "不通过须选择原因", "a rejection needs a reason");
        }
    }

    private static void checkAppraisalInput(RecordAppraisalResultCommand command) {
        if (command.roundId() == null || command.roundId().isBlank()) {
            throw RuleViolation.invalid("required", "roundId", "评审轮次不能为空", "roundId is required");
        }
        if (command.grade() == null) {
            throw RuleViolation.invalid("required", "grade", "奖项等级不能为空", "grade is required");
        }
        if (command.finalScore() == null) {
            throw RuleViolation.invalid("required", "finalScore", "最终得分不能为空", "finalScore is required");
        }
        if (command.finalisedAt() == null) {
            throw RuleViolation.invalid("required", "finalisedAt", "确认时间不能为空", "finalisedAt is required");
        }
    }

    /**
     * Where each author belongs now: points earned by this acceptance count for that unit (for an
     * author the directory no longer knows, absent here, the proposal's).
     */
    private Map<String, String> unitsOfAuthors(UserDirectory users) {
        Map<String, String> units = new TreeMap<>();
        for (String authorId : authorIds) {
            users.find(authorId).map(Actor::unitId).ifPresent(unit -> units.put(authorId, unit));
        }
        return units;
    }

    private static Set<String> idsOf(List<Author> authors) {
        return authors.stream().map(Author::workerId).collect(Collectors.toUnmodifiableSet());
    }

    // --- state -----------------------------------------------------------------------------------

    @EventSourcingHandler
    void on(ProposalSubmittedEvent event) {
        proposalId = event.proposalId();
        unitId = event.unitId();
        submitterId = event.submitterId();
        competitionYear = event.competitionYear();
        deadlines = event.deadlines();
        authorIds = idsOf(event.authors());
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
        authorIds = idsOf(event.authors());
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

    /** What patents and conversion build on; empty unless the appraisal awarded the proposal a grade. */
    Optional<AwardedResult> awardedResult() {
        if (status != ProposalStatus.AWARDED) {
            return Optional.empty();
        }
        return Optional.of(new AwardedResult(proposalId, content.title(), unitId, content.categoryCode(),
                competitionYear, appraisalRoundId, grade, authors, appraisedAt));
    }
}
