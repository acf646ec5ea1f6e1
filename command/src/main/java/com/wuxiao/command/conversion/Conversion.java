package com.wuxiao.command.conversion;

import com.wuxiao.command.common.CommandInput;
import com.wuxiao.command.common.ProcessDrivenAggregate;
import com.wuxiao.command.common.ResultPoints;
import com.wuxiao.command.common.api.PointsReason;
import com.wuxiao.command.common.api.RuleViolation;
import com.wuxiao.command.competition.CompetitionCalendar;
import com.wuxiao.command.competition.CompetitionYears;
import com.wuxiao.command.competition.api.PointsTable;
import com.wuxiao.command.conversion.api.AdoptionDeclinedEvent;
import com.wuxiao.command.conversion.api.AdoptionFeedbackGivenEvent;
import com.wuxiao.command.conversion.api.BenefitReportCorrectedEvent;
import com.wuxiao.command.conversion.api.BenefitReportedEvent;
import com.wuxiao.command.conversion.api.BenefitReports;
import com.wuxiao.command.conversion.api.ConversionMilestone;
import com.wuxiao.command.conversion.api.ConversionMilestoneOverdueEvent;
import com.wuxiao.command.conversion.api.CorrectBenefitReportCommand;
import com.wuxiao.command.conversion.api.DecideAdoptionCommand;
import com.wuxiao.command.conversion.api.EndTrialCommand;
import com.wuxiao.command.conversion.api.GiveAdoptionFeedbackCommand;
import com.wuxiao.command.conversion.api.HandOverResultCommand;
import com.wuxiao.command.conversion.api.PlannedMilestones;
import com.wuxiao.command.conversion.api.RecordConversionOverdueCommand;
import com.wuxiao.command.conversion.api.ReportBenefitCommand;
import com.wuxiao.command.conversion.api.ResultAdoptedEvent;
import com.wuxiao.command.conversion.api.ResultHandedOverEvent;
import com.wuxiao.command.conversion.api.StartTrialCommand;
import com.wuxiao.command.conversion.api.TrialEndedEvent;
import com.wuxiao.command.conversion.api.TrialStartedEvent;
import com.wuxiao.command.identity.Roles;
import com.wuxiao.command.identity.UserDirectory;
import com.wuxiao.command.identity.api.Actor;
import com.wuxiao.command.identity.api.Role;
import com.wuxiao.command.proposal.AwardedResults;
import com.wuxiao.command.proposal.api.AwardedResult;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

import static com.wuxiao.command.common.api.RuleViolation.term;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * Conversion of one awarded result to production in one receiving unit (成果转化), id
 * {@link #idOf(String, String)}: handover with owner and planned milestones, trial start and end,
 * the adoption decision (with the authors' points: the result's first adoption anywhere is ADOPTED,
 * a later one by a further unit is REPLICATED), and the benefit reports 3 and 12 months after
 * adoption ({@link BenefitReports}), and the adopter's feedback on the result in use. A declined
 * conversion is over: it takes no further step.
 *
 * <p>Dates are calendar days in Beijing time ({@link CompetitionCalendar#ZONE}); "today" is the
 * command's time there.
 */
@Aggregate
public class Conversion extends ProcessDrivenAggregate {

    static final int TEXT_MAX = 2000;

    private static final String ID_PREFIX = "CONV-";

    @AggregateIdentifier
    private String conversionId;
    private String proposalId;
    private String resultUnitId;
    private String receivingUnitId;
    private String ownerId;
    private PlannedMilestones planned;
    private LocalDate handedOverOn;
    private Instant awardedAt;
    private LocalDate trialStartedOn;
    private LocalDate trialEndedOn;
    private Instant adoptedAt;
    private boolean declined;
    private final Set<Integer> reportedMonths = new HashSet<>();
    private final Set<ConversionMilestone> reminded = EnumSet.noneOf(ConversionMilestone.class);

    protected Conversion() {
        // for Axon: created by the handover, rebuilt from events
    }

    public static String idOf(String proposalId, String receivingUnitId) {
        return ID_PREFIX + proposalId + "-" + receivingUnitId;
    }

    // --- commands --------------------------------------------------------------------------------

    /** CREATE_IF_MISSING so that a second handover of the result to the unit gets a clear refusal. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(HandOverResultCommand command, UserDirectory users, AwardedResults results) {
        Roles.unionLeader(command.handedOverBy(), users, term("action.hand-over-results"));
        if (conversionId != null) {
            throw RuleViolation.conflict("already-handed-over");
        }
        CommandInput.requiredText(command.proposalId(), "proposalId", TEXT_MAX, term("field.result"));
        CommandInput.requiredText(command.receivingUnitId(), "receivingUnitId", TEXT_MAX, term("field.receiving-unit"));
        if (!idOf(command.proposalId(), command.receivingUnitId()).equals(command.conversionId())) {
            throw RuleViolation.invalid("id-mismatch", "conversionId");
        }
        AwardedResult result = results.find(command.proposalId())
                .orElseThrow(() -> RuleViolation.conflict("not-awarded", term("action.be-handed-over")));
        if (!users.unitExists(command.receivingUnitId())) {
            throw RuleViolation.invalid("unknown-unit", "receivingUnitId", command.receivingUnitId());
        }
        Actor owner = command.ownerId() == null ? null : users.find(command.ownerId()).orElse(null);
        if (owner == null || !owner.has(Role.PRODUCTION_OWNER) || !command.receivingUnitId().equals(owner.unitId())) {
            throw RuleViolation.invalid("not-production-owner", "ownerId");
        }
        LocalDate today = CompetitionCalendar.dayOf(CommandInput.time(command.handedOverAt()));
        ConversionInput.checkPlanned(command.planned(), today);
        apply(new ResultHandedOverEvent(command.conversionId(), result.proposalId(), result.title(), result.unitId(),
                command.receivingUnitId(), command.ownerId(), command.planned(), result.awardedAt(),
                command.handedOverBy(), command.handedOverAt()));
    }

    @CommandHandler
    public void handle(StartTrialCommand command, UserDirectory users) {
        requireNotDeclined();
        requireOwnerOrLeader(command.recordedBy(), users);
        if (trialStartedOn != null) {
            throw RuleViolation.conflict("trial-started");
        }
        LocalDate startedOn = CommandInput.pastDate(command.startedOn(), "startedOn", term("field.trial-start"),
                CommandInput.time(command.recordedAt()));
        if (startedOn.isBefore(handedOverOn)) {
            throw RuleViolation.invalid("before-handover", "startedOn", handedOverOn);
        }
        apply(new TrialStartedEvent(conversionId, proposalId, startedOn, command.recordedBy(), command.recordedAt()));
    }

    @CommandHandler
    public void handle(EndTrialCommand command, UserDirectory users) {
        requireNotDeclined();
        requireOwnerOrLeader(command.recordedBy(), users);
        if (trialStartedOn == null) {
            throw RuleViolation.conflict("trial-not-started");
        }
        if (trialEndedOn != null) {
            throw RuleViolation.conflict("trial-ended");
        }
        LocalDate endedOn = CommandInput.pastDate(command.endedOn(), "endedOn", term("field.trial-end"),
                CommandInput.time(command.recordedAt()));
        if (endedOn.isBefore(trialStartedOn)) {
            throw RuleViolation.invalid("end-before-start", "endedOn", trialStartedOn);
        }
        String summary = CommandInput.requiredText(command.summary(), "summary", TEXT_MAX, term("field.trial-summary"));
        apply(new TrialEndedEvent(conversionId, proposalId, endedOn, summary, command.recordedBy(),
                command.recordedAt()));
    }

    @CommandHandler
    public void handle(DecideAdoptionCommand command, UserDirectory users, AwardedResults results,
                       CompetitionYears years, ResultAdoptions adoptions) {
        requireNotDeclined();
        requireOwnerOrLeader(command.decidedBy(), users);
        if (adoptedAt != null) {
            throw RuleViolation.conflict("already-decided");
        }
        if (trialEndedOn == null) {
            throw RuleViolation.conflict("trial-not-ended");
        }
        Instant decidedAt = CommandInput.time(command.decidedAt());
        if (!command.adopted()) {
            if (command.reason() == null || command.reason().isBlank()) {
                throw RuleViolation.invalid("reason-required", "reason");
            }
            String reason = CommandInput.optionalText(command.reason(), "reason", TEXT_MAX,
                    term("field.decline-reason"));
            apply(new AdoptionDeclinedEvent(conversionId, proposalId, reason, command.decidedBy(),
                    decidedAt));
            return;
        }
        // the award can be withdrawn after the handover (e.g. a result found to be copied): no points then
        AwardedResult result = results.find(proposalId)
                .orElseThrow(() -> RuleViolation.conflict("no-longer-awarded", proposalId));
        PointsTable points = years.require(result.competitionYear()).points();
        boolean replication = adoptions.adoptedByAnotherUnit(proposalId, receivingUnitId);
        apply(new ResultAdoptedEvent(conversionId, proposalId, resultUnitId, receivingUnitId, replication, awardedAt,
                command.decidedBy(), decidedAt));
        ResultPoints.split(conversionId, result, replication ? PointsReason.REPLICATED : PointsReason.ADOPTED,
                replication ? points.replication() : points.adopted(), users, decidedAt).forEach(event -> apply(event));
    }

    /** The owner or the union office reports, when {@link BenefitSchedule} lets them. */
    @CommandHandler
    public void handle(ReportBenefitCommand command, UserDirectory users) {
        requireNotDeclined();
        requireOwnerOrLeader(command.reportedBy(), users);
        if (adoptedAt == null) {
            throw RuleViolation.conflict("not-adopted");
        }
        int months = command.monthsAfterAdoption();
        BenefitSchedule.requireReportable(months, reportedMonths, adoptedAt,
                CompetitionCalendar.dayOf(CommandInput.time(command.reportedAt())));
        BigDecimal cny = ConversionInput.amount(command.cnySavedPerYear(), 2, "cnySavedPerYear",
                term("field.cny-saved"));
        BigDecimal hours = ConversionInput.amount(command.hoursSaved(), 1, "hoursSaved", term("field.hours-saved"));
        ConversionInput.incidents(command.safetyIncidentsAvoided());
        apply(new BenefitReportedEvent(conversionId, proposalId, resultUnitId, receivingUnitId, months, cny,
                command.safetyIncidentsAvoided(), hours, command.reportedBy(), command.reportedAt()));
    }

    @CommandHandler
    public void handle(GiveAdoptionFeedbackCommand command, UserDirectory users) {
        requireNotDeclined();
        requireOwnerOrLeader(command.givenBy(), users);
        if (adoptedAt == null) {
            throw RuleViolation.conflict("not-adopted");
        }
        String worked = CommandInput.requiredText(command.worked(), "worked", TEXT_MAX, term("field.feedback-worked"));
        String changed = CommandInput.optionalText(command.changed(), "changed", TEXT_MAX,
                term("field.feedback-changed"));
        apply(new AdoptionFeedbackGivenEvent(conversionId, proposalId, receivingUnitId, worked, changed,
                command.givenBy(), CommandInput.time(command.givenAt())));
    }

    /** Only the union office corrects, only a report made, and only with a reason. */
    @CommandHandler
    public void handle(CorrectBenefitReportCommand command, UserDirectory users) {
        Roles.unionLeader(command.correctedBy(), users, term("action.correct-benefit-report"));
        int months = command.monthsAfterAdoption();
        if (!reportedMonths.contains(months)) {
            throw RuleViolation.conflict("not-reported", months);
        }
        String reason = CommandInput.requiredText(command.reason(), "reason", TEXT_MAX,
                term("field.correction-reason"));
        BigDecimal cny = ConversionInput.amount(command.cnySavedPerYear(), 2, "cnySavedPerYear",
                term("field.cny-saved"));
        BigDecimal hours = ConversionInput.amount(command.hoursSaved(), 1, "hoursSaved", term("field.hours-saved"));
        ConversionInput.incidents(command.safetyIncidentsAvoided());
        Instant at = CommandInput.time(command.correctedAt());
        apply(new BenefitReportCorrectedEvent(conversionId, proposalId, months, reason,
                command.correctedBy(), at));
        apply(new BenefitReportedEvent(conversionId, proposalId, resultUnitId, receivingUnitId, months, cny,
                command.safetyIncidentsAvoided(), hours, command.correctedBy(), at));
    }

    /** A reminder is no error: whatever makes it pointless is ignored, so the timer's job never fails. */
    @CommandHandler
    public void handle(RecordConversionOverdueCommand command) {
        ConversionMilestone milestone = command.milestone();
        if (milestone == null || declined || reminded.contains(milestone)) {
            return;
        }
        MilestoneProgress progress = new MilestoneProgress(planned, trialStartedOn, trialEndedOn, adoptedAt,
                reportedMonths);
        LocalDate dueOn = progress.dueOn(milestone);
        LocalDate today = CompetitionCalendar.dayOf(CommandInput.time(command.recordedAt()));
        if (dueOn == null || progress.done(milestone) || !today.isAfter(dueOn)) {
            return;
        }
        apply(new ConversionMilestoneOverdueEvent(conversionId, proposalId, receivingUnitId, ownerId, milestone, dueOn,
                command.recordedAt()));
    }

    // --- rules -----------------------------------------------------------------------------------

    private void requireNotDeclined() {
        if (declined) {
            throw RuleViolation.conflict("declined");
        }
    }

    private void requireOwnerOrLeader(String userId, UserDirectory users) {
        if (userId != null && userId.equals(ownerId)) {
            return;
        }
        Actor actor = userId == null ? null : users.find(userId).orElse(null);
        if (actor == null || !actor.has(Role.UNION_LEADER)) {
            throw RuleViolation.forbidden("not-owner");
        }
    }

    // --- state -----------------------------------------------------------------------------------

    @EventSourcingHandler
    void on(ResultHandedOverEvent event) {
        conversionId = event.conversionId();
        proposalId = event.proposalId();
        resultUnitId = event.resultUnitId();
        receivingUnitId = event.receivingUnitId();
        ownerId = event.ownerId();
        planned = event.planned();
        handedOverOn = CompetitionCalendar.dayOf(event.handedOverAt());
        awardedAt = event.awardedAt();
    }

    @EventSourcingHandler
    void on(TrialStartedEvent event) {
        trialStartedOn = event.startedOn();
    }

    @EventSourcingHandler
    void on(TrialEndedEvent event) {
        trialEndedOn = event.endedOn();
    }

    @EventSourcingHandler
    void on(ResultAdoptedEvent event) {
        adoptedAt = event.adoptedAt();
    }

    @EventSourcingHandler
    void on(AdoptionDeclinedEvent event) {
        declined = true;
    }

    @EventSourcingHandler
    void on(BenefitReportedEvent event) {
        reportedMonths.add(event.monthsAfterAdoption());
    }

    @EventSourcingHandler
    void on(ConversionMilestoneOverdueEvent event) {
        reminded.add(event.milestone());
    }
}
