package com.wuxiao.command.patent;

import com.wuxiao.command.common.CommandInput;
import com.wuxiao.command.common.ProcessDrivenAggregate;
import com.wuxiao.command.common.api.RuleViolation;
import com.wuxiao.command.competition.CompetitionCalendar;
import com.wuxiao.command.competition.CompetitionYears;
import com.wuxiao.command.identity.UserDirectory;
import com.wuxiao.command.identity.api.Actor;
import com.wuxiao.command.identity.api.Role;
import com.wuxiao.command.patent.api.AbandonPatentCommand;
import com.wuxiao.command.patent.api.AnswerOfficeActionCommand;
import com.wuxiao.command.patent.api.FilePatentCommand;
import com.wuxiao.command.patent.api.GrantPatentCommand;
import com.wuxiao.command.patent.api.NominatePatentCommand;
import com.wuxiao.command.patent.api.OfficeActionAnsweredEvent;
import com.wuxiao.command.patent.api.OfficeActionRecordedEvent;
import com.wuxiao.command.patent.api.PatentAbandonedEvent;
import com.wuxiao.command.patent.api.PatentApplicationPreparedEvent;
import com.wuxiao.command.patent.api.PatentFiledEvent;
import com.wuxiao.command.patent.api.PatentGrantedEvent;
import com.wuxiao.command.patent.api.PatentLimits;
import com.wuxiao.command.patent.api.PatentNominatedEvent;
import com.wuxiao.command.patent.api.PatentRejectedEvent;
import com.wuxiao.command.patent.api.PatentStep;
import com.wuxiao.command.patent.api.PatentStepOverdueEvent;
import com.wuxiao.command.patent.api.PatentType;
import com.wuxiao.command.patent.api.PrepareApplicationCommand;
import com.wuxiao.command.patent.api.RecordOfficeActionCommand;
import com.wuxiao.command.patent.api.RecordPatentOverdueCommand;
import com.wuxiao.command.patent.api.RejectPatentCommand;
import com.wuxiao.command.proposal.AwardedResults;
import com.wuxiao.command.proposal.api.AwardedResult;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import static com.wuxiao.command.common.api.RuleViolation.both;
import static com.wuxiao.command.common.api.RuleViolation.term;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One awarded result's way to a patent (专利推进, product.md §5): nominated → prepared → filed →
 * office actions answered one at a time → GRANTED, REJECTED or ABANDONED. Id {@link #idOf(String)}.
 *
 * <p>Decisions where the product leaves room:
 * <ul>
 *   <li>Filing requires a prepared application (NOMINATED → FILED is refused): the process always
 *       passes the preparation task, and the pipeline's "prepared" stage then means something.</li>
 *   <li>Granting requires FILED with no unanswered office action: an office grants after the answer,
 *       so an open action on grant is a mistake in recording. Rejection is accepted with an open
 *       action (the office may refuse for lack of an answer); abandonment in any state before an end.</li>
 *   <li>Only one office action is open at a time; their sequence numbers count 1, 2, … per case.</li>
 *   <li>The authors and their shares are not kept here (the nomination event does not carry them):
 *       filing and grant read the awarded result from {@link AwardedResults} again. A result's grade
 *       and authors are final once awarded, so the answer is the same as at nomination.</li>
 *   <li>Points count in the result's competition year's points table, in the period of the time the
 *       filing or grant is recorded (the command's time).</li>
 *   <li>A reminder (overdue) for a step that is done, for an ended case, or recorded before, is
 *       ignored rather than refused: a late timer must not fail its job.</li>
 * </ul>
 * Every command but the reminder is the union office's; a repeat of the patent-promotion process's
 * command is skipped by {@link ProcessDrivenAggregate}. The fields' own formats are checked by
 * {@link PatentInput}.
 */
@Aggregate
public class PatentCase extends ProcessDrivenAggregate {

    private static final String ID_PREFIX = "PAT-";

    @AggregateIdentifier
    private String patentId;
    private String proposalId;
    private String unitId;
    private int competitionYear;
    private PatentType type;
    private CaseStatus status;
    private LocalDate nominatedOn;
    private LocalDate filedOn;
    /** Sequence of the last office action, 0 before the first. */
    private int officeActions;
    /** Issue date of the open office action; null when none is open. */
    private LocalDate openActionIssuedOn;
    /** Steps already reported overdue ("FILING", "OFFICE_ACTION_RESPONSE:2", …). */
    private final Set<String> overdueSteps = new HashSet<>();

    protected PatentCase() {
        // for Axon: created by the nomination, rebuilt from events
    }

    public static String idOf(String proposalId) {
        return ID_PREFIX + proposalId;
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(NominatePatentCommand command, UserDirectory users, AwardedResults results) {
        PatentInput.unionLeader(command.nominatedBy(), users);
        PatentInput.checkNomination(command, idOf(command.proposalId()));
        if (status != null) {
            throw RuleViolation.conflict("already-nominated", both(type.zh(), String.valueOf(type)));
        }
        AwardedResult result = results.find(command.proposalId())
                .orElseThrow(() -> RuleViolation.conflict("not-awarded", term("action.be-nominated-for-patent")));
        apply(new PatentNominatedEvent(command.patentId(), result.proposalId(), result.title(), result.unitId(),
                result.competitionYear(), command.type(), result.awardedAt(), command.nominatedBy(),
                CommandInput.time(command.nominatedAt())));
    }

    @CommandHandler
    public void handle(PrepareApplicationCommand command, UserDirectory users) {
        PatentInput.unionLeader(command.preparedBy(), users);
        requireOpen();
        if (status != CaseStatus.NOMINATED) {
            throw RuleViolation.conflict("already-prepared");
        }
        String agency = CommandInput.optionalText(command.agency(), "agency", PatentLimits.AGENCY_MAX,
                term("field.agency"));
        String note = CommandInput.optionalText(command.note(), "note", PatentLimits.TEXT_MAX,
                term("field.patent-note"));
        apply(new PatentApplicationPreparedEvent(patentId, proposalId, agency, note, command.preparedBy(),
                CommandInput.time(command.preparedAt())));
    }

    @CommandHandler
    public void handle(FilePatentCommand command, UserDirectory users, AwardedResults results,
                       CompetitionYears years) {
        PatentInput.unionLeader(command.recordedBy(), users);
        requireOpen();
        if (status == CaseStatus.NOMINATED) {
            throw RuleViolation.conflict("not-prepared");
        }
        if (status != CaseStatus.PREPARED) {
            throw RuleViolation.conflict("already-filed");
        }
        String number = PatentNumber.application(command.applicationNumber()).value();
        Instant recordedAt = CommandInput.time(command.recordedAt());
        LocalDate filed = CommandInput.pastDate(command.filedOn(), "filedOn", term("field.filing-date"), recordedAt);
        PatentInput.notBefore(filed, nominatedOn,
                () -> RuleViolation.invalid("filed-before-nomination", "filedOn", nominatedOn));
        PatentPoints points = PatentPoints.of(proposalId, competitionYear, results, years);
        apply(new PatentFiledEvent(patentId, proposalId, unitId, type, number, filed, command.recordedBy(),
                recordedAt));
        points.filed(patentId, filed, users).forEach(AggregateLifecycle::apply);
    }

    @CommandHandler
    public void handle(RecordOfficeActionCommand command, UserDirectory users) {
        PatentInput.unionLeader(command.recordedBy(), users);
        requireOpen();
        requireFiled();
        if (openActionIssuedOn != null) {
            throw RuleViolation.conflict("office-action-open", officeActions, term("action.record-office-action"));
        }
        Instant recordedAt = CommandInput.time(command.recordedAt());
        LocalDate issued = CommandInput.pastDate(command.issuedOn(), "issuedOn", term("field.issue-date"), recordedAt);
        PatentInput.notBefore(issued, filedOn, () -> RuleViolation.invalid("issued-before-filing", "issuedOn",
                filedOn));
        if (command.responseDue() == null) {
            throw RuleViolation.invalid("required", "responseDue", term("field.response-due"));
        }
        if (!command.responseDue().isAfter(issued)) {
            throw RuleViolation.invalid("response-due-not-after-issue", "responseDue");
        }
        String summary = CommandInput.requiredText(command.summary(), "summary", PatentLimits.TEXT_MAX,
                term("field.office-action-summary"));
        apply(new OfficeActionRecordedEvent(patentId, proposalId, officeActions + 1, issued, command.responseDue(),
                summary, command.recordedBy(), recordedAt));
    }

    @CommandHandler
    public void handle(AnswerOfficeActionCommand command, UserDirectory users) {
        PatentInput.unionLeader(command.recordedBy(), users);
        requireOpen();
        if (openActionIssuedOn == null) {
            throw RuleViolation.conflict("no-open-office-action");
        }
        Instant recordedAt = CommandInput.time(command.recordedAt());
        LocalDate answered = CommandInput.pastDate(command.answeredOn(), "answeredOn",
                term("field.answer-date"), recordedAt);
        PatentInput.notBefore(answered, openActionIssuedOn,
                () -> RuleViolation.invalid("answered-before-issue", "answeredOn", openActionIssuedOn));
        String note = CommandInput.optionalText(command.note(), "note", PatentLimits.TEXT_MAX,
                term("field.answer-note"));
        apply(new OfficeActionAnsweredEvent(patentId, proposalId, officeActions, answered, note,
                command.recordedBy(), recordedAt));
    }

    @CommandHandler
    public void handle(GrantPatentCommand command, UserDirectory users, AwardedResults results,
                       CompetitionYears years) {
        PatentInput.unionLeader(command.recordedBy(), users);
        requireOpen();
        requireFiled();
        if (openActionIssuedOn != null) {
            throw RuleViolation.conflict("office-action-open", officeActions, term("action.record-grant"));
        }
        String number = PatentNumber.granted(command.patentNumber()).value();
        Instant recordedAt = CommandInput.time(command.recordedAt());
        LocalDate granted = CommandInput.pastDate(command.grantedOn(), "grantedOn", term("field.grant-date"),
                recordedAt);
        PatentInput.notBefore(granted, filedOn, () -> RuleViolation.invalid("granted-before-filing",
                "grantedOn", filedOn));
        PatentPoints points = PatentPoints.of(proposalId, competitionYear, results, years);
        apply(new PatentGrantedEvent(patentId, proposalId, unitId, type, number, granted, command.recordedBy(),
                recordedAt));
        points.granted(patentId, type, granted, users).forEach(AggregateLifecycle::apply);
    }

    @CommandHandler
    public void handle(RejectPatentCommand command, UserDirectory users) {
        PatentInput.unionLeader(command.recordedBy(), users);
        requireOpen();
        requireFiled();
        Instant recordedAt = CommandInput.time(command.recordedAt());
        LocalDate rejected = CommandInput.pastDate(command.rejectedOn(), "rejectedOn", term("field.rejection-date"),
                recordedAt);
        PatentInput.notBefore(rejected, filedOn,
                () -> RuleViolation.invalid("rejected-before-filing", "rejectedOn", filedOn));
        String reason = CommandInput.requiredText(command.reason(), "reason", PatentLimits.TEXT_MAX,
                term("field.rejection-reason"));
        apply(new PatentRejectedEvent(patentId, proposalId, rejected, reason, command.recordedBy(), recordedAt));
    }

    @CommandHandler
    public void handle(AbandonPatentCommand command, UserDirectory users) {
        PatentInput.unionLeader(command.recordedBy(), users);
        requireOpen();
        String reason = CommandInput.requiredText(command.reason(), "reason", PatentLimits.TEXT_MAX,
                term("field.abandonment-reason"));
        apply(new PatentAbandonedEvent(patentId, proposalId, reason, command.recordedBy(),
                CommandInput.time(command.recordedAt())));
    }

    /** A reminder of the process: ignored when repeated, when the step is done or the case ended. */
    @CommandHandler
    public void handle(RecordPatentOverdueCommand command) {
        if (command.step() == null || command.dueAt() == null) {
            throw new IllegalArgumentException("an overdue reminder needs its step and due time");
        }
        String key = overdueKey(command.step());
        if (isEnded() || !pending(command.step())
                || overdueSteps.contains(key)) {
            return;
        }
        apply(new PatentStepOverdueEvent(patentId, proposalId, command.step(), command.dueAt(),
                CommandInput.time(command.recordedAt())));
    }

    // --- rules ---------------------------------------------------------------------------------

    private boolean isEnded() {
        return status != null && status.ended();
    }

    private void requireOpen() {
        if (isEnded()) {
            throw RuleViolation.conflict("case-ended", both(status.endedZh(), String.valueOf(status)));
        }
    }

    private void requireFiled() {
        if (status != CaseStatus.FILED) {
            throw RuleViolation.conflict("not-filed");
        }
    }

    private boolean pending(PatentStep step) {
        return switch (step) {
            case PREPARATION -> status == CaseStatus.NOMINATED;
            case FILING -> status == CaseStatus.NOMINATED || status == CaseStatus.PREPARED;
            case OFFICE_ACTION_RESPONSE -> openActionIssuedOn != null;
        };
    }

    /** A response is reminded of once per office action, the other steps once per case. */
    private String overdueKey(PatentStep step) {
        return step == PatentStep.OFFICE_ACTION_RESPONSE ? step.name() + ":" + officeActions : step.name();
    }

    // --- state -----------------------------------------------------------------------------------

    @EventSourcingHandler
    void on(PatentNominatedEvent event) {
        patentId = event.patentId();
        proposalId = event.proposalId();
        unitId = event.unitId();
        competitionYear = event.competitionYear();
        type = event.type();
        nominatedOn = event.nominatedAt().atZone(CompetitionCalendar.ZONE).toLocalDate();
        status = CaseStatus.NOMINATED;
    }

    @EventSourcingHandler
    void on(PatentApplicationPreparedEvent event) {
        status = CaseStatus.PREPARED;
    }

    @EventSourcingHandler
    void on(PatentFiledEvent event) {
        status = CaseStatus.FILED;
        filedOn = event.filedOn();
    }

    @EventSourcingHandler
    void on(OfficeActionRecordedEvent event) {
        officeActions = event.sequence();
        openActionIssuedOn = event.issuedOn();
    }

    @EventSourcingHandler
    void on(OfficeActionAnsweredEvent event) {
        openActionIssuedOn = null;
    }

    @EventSourcingHandler
    void on(PatentGrantedEvent event) {
        status = CaseStatus.GRANTED;
    }

    @EventSourcingHandler
    void on(PatentRejectedEvent event) {
        status = CaseStatus.REJECTED;
        openActionIssuedOn = null;
    }

    @EventSourcingHandler
    void on(PatentAbandonedEvent event) {
        status = CaseStatus.ABANDONED;
        openActionIssuedOn = null;
    }

    @EventSourcingHandler
    void on(PatentStepOverdueEvent event) {
        overdueSteps.add(overdueKey(event.step()));
    }
}
