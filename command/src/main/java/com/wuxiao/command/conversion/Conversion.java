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
import com.wuxiao.command.conversion.api.BenefitReportCorrectedEvent;
import com.wuxiao.command.conversion.api.BenefitReportedEvent;
import com.wuxiao.command.conversion.api.BenefitReports;
import com.wuxiao.command.conversion.api.ConversionMilestone;
import com.wuxiao.command.conversion.api.ConversionMilestoneOverdueEvent;
import com.wuxiao.command.conversion.api.CorrectBenefitReportCommand;
import com.wuxiao.command.conversion.api.DecideAdoptionCommand;
import com.wuxiao.command.conversion.api.EndTrialCommand;
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

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * Conversion of one awarded result to production in one receiving unit (成果转化), id
 * {@link #idOf(String, String)}: handover with owner and planned milestones, trial start and end,
 * the adoption decision (with the authors' points: the result's first adoption anywhere is ADOPTED,
 * a later one by a further unit is REPLICATED), and the benefit reports 3 and 12 months after
 * adoption ({@link BenefitReports}). A declined conversion is over: it takes no further step.
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
        Roles.unionLeader(command.handedOverBy(), users, "移交成果", "hands results over");
        if (conversionId != null) {
            throw RuleViolation.conflict("already-handed-over",
                    "该成果已移交给该单位", "the result has been handed over to this unit already");
        }
        CommandInput.requiredText(command.proposalId(), "proposalId", TEXT_MAX, "成果", "proposalId");
        CommandInput.requiredText(command.receivingUnitId(), "receivingUnitId", TEXT_MAX, "接收单位", "receivingUnitId");
        if (!idOf(command.proposalId(), command.receivingUnitId()).equals(command.conversionId())) {
            throw RuleViolation.invalid("id-mismatch", "conversionId", "转化编号与成果、接收单位不符",
                    "the conversion id does not match the result and the receiving unit");
        }
        AwardedResult result = results.find(command.proposalId()).orElseThrow(() -> RuleViolation.conflict(
                "not-awarded", "只有获奖成果可以移交转化", "only an awarded result can be handed over"));
        if (!users.unitExists(command.receivingUnitId())) {
            throw RuleViolation.invalid("unknown-unit", "receivingUnitId",
                    "接收单位不存在：" + command.receivingUnitId(), "no such unit: " + command.receivingUnitId());
        }
        Actor owner = command.ownerId() == null ? null : users.find(command.ownerId()).orElse(null);
        if (owner == null || !owner.has(Role.PRODUCTION_OWNER) || !command.receivingUnitId().equals(owner.unitId())) {
            throw RuleViolation.invalid("not-production-owner", "ownerId",
                    "负责人须是接收单位的生产部门负责人",
                    "the owner must be a production owner of the receiving unit");
        }
        LocalDate today = dayOf(CommandInput.time(command.handedOverAt()));
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
            throw RuleViolation.conflict("trial-started", "试用已开始", "the trial has started already");
        }
        LocalDate startedOn = CommandInput.pastDate(command.startedOn(), "startedOn", "试用开始日期", "trial start",
                CommandInput.time(command.recordedAt()));
        if (startedOn.isBefore(handedOverOn)) {
            throw RuleViolation.invalid("before-handover", "startedOn",
                    "试用不能早于移交日期 " + handedOverOn, "the trial cannot start before the handover on " + handedOverOn);
        }
        apply(new TrialStartedEvent(conversionId, proposalId, startedOn, command.recordedBy(), command.recordedAt()));
    }

    @CommandHandler
    public void handle(EndTrialCommand command, UserDirectory users) {
        requireNotDeclined();
        requireOwnerOrLeader(command.recordedBy(), users);
        if (trialStartedOn == null) {
            throw RuleViolation.conflict("trial-not-started", "试用尚未开始", "the trial has not started");
        }
        if (trialEndedOn != null) {
            throw RuleViolation.conflict("trial-ended", "试用已结束", "the trial has ended already");
        }
        LocalDate endedOn = CommandInput.pastDate(command.endedOn(), "endedOn", "试用结束日期", "trial end",
                CommandInput.time(command.recordedAt()));
        if (endedOn.isBefore(trialStartedOn)) {
            throw RuleViolation.invalid("end-before-start", "endedOn",
                    "试用结束日期不能早于开始日期 " + trialStartedOn,
                    "the trial cannot end before it started on " + trialStartedOn);
        }
        String summary = CommandInput.requiredText(command.summary(), "summary", TEXT_MAX, "试用总结", "summary");
        apply(new TrialEndedEvent(conversionId, proposalId, endedOn, summary, command.recordedBy(),
                command.recordedAt()));
    }

    @CommandHandler
    public void handle(DecideAdoptionCommand command, UserDirectory users, AwardedResults results,
                       CompetitionYears years, ResultAdoptions adoptions) {
        requireNotDeclined();
        requireOwnerOrLeader(command.decidedBy(), users);
        if (adoptedAt != null) {
            throw RuleViolation.conflict("already-decided", "已作出采纳决定", "the adoption has been decided already");
        }
        if (trialEndedOn == null) {
            throw RuleViolation.conflict("trial-not-ended", "试用结束后才能作出采纳决定",
                    "the adoption is decided only after the trial has ended");
        }
        Instant decidedAt = CommandInput.time(command.decidedAt());
        if (!command.adopted()) {
            if (command.reason() == null || command.reason().isBlank()) {
                throw RuleViolation.invalid("reason-required", "reason", "不采纳须说明原因", "a declined adoption needs a reason");
            }
            String reason = CommandInput.optionalText(command.reason(), "reason", TEXT_MAX, "不采纳原因", "reason");
            apply(new AdoptionDeclinedEvent(conversionId, proposalId, reason, command.decidedBy(),
                    decidedAt));
            return;
        }
        // the award can be withdrawn after the handover (e.g. a result found to be copied): no points then
        AwardedResult result = results.find(proposalId).orElseThrow(() -> RuleViolation.conflict("no-longer-awarded",
                "成果 " + proposalId + " 已不再是获奖成果，不能采纳计分",
                "the handed-over result " + proposalId + " is no longer an awarded result and cannot be adopted"));
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
            throw RuleViolation.conflict("not-adopted", "成果采纳后才能报告效益", "benefits are reported only after adoption");
        }
        int months = command.monthsAfterAdoption();
        BenefitSchedule.requireReportable(months, reportedMonths, adoptedAt,
                dayOf(CommandInput.time(command.reportedAt())));
        BigDecimal cny = ConversionInput.amount(command.cnySavedPerYear(), 2, "cnySavedPerYear", "年节约金额");
        BigDecimal hours = ConversionInput.amount(command.hoursSaved(), 1, "hoursSaved", "节约工时");
        ConversionInput.incidents(command.safetyIncidentsAvoided());
        apply(new BenefitReportedEvent(conversionId, proposalId, resultUnitId, receivingUnitId, months, cny,
                command.safetyIncidentsAvoided(), hours, command.reportedBy(), command.reportedAt()));
    }

    /** Only the union office corrects, only a report made, and only with a reason. */
    @CommandHandler
    public void handle(CorrectBenefitReportCommand command, UserDirectory users) {
        Roles.unionLeader(command.correctedBy(), users, "更正效益报告", "can correct a benefit report");
        int months = command.monthsAfterAdoption();
        if (!reportedMonths.contains(months)) {
            throw RuleViolation.conflict("not-reported", "尚无 " + months + " 个月效益报告可更正",
                    "there is no " + months + "-month benefit report to correct");
        }
        String reason = CommandInput.requiredText(command.reason(), "reason", TEXT_MAX, "更正原因", "reason");
        BigDecimal cny = ConversionInput.amount(command.cnySavedPerYear(), 2, "cnySavedPerYear", "年节约金额");
        BigDecimal hours = ConversionInput.amount(command.hoursSaved(), 1, "hoursSaved", "节约工时");
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
        LocalDate dueOn = dueOn(milestone);
        if (dueOn == null || done(milestone) || !dayOf(CommandInput.time(command.recordedAt())).isAfter(dueOn)) {
            return;
        }
        apply(new ConversionMilestoneOverdueEvent(conversionId, proposalId, receivingUnitId, ownerId, milestone, dueOn,
                command.recordedAt()));
    }

    // --- rules -----------------------------------------------------------------------------------

    /** The due date of a milestone, or null while it has none (a report before adoption). */
    private LocalDate dueOn(ConversionMilestone milestone) {
        return switch (milestone) {
            case TRIAL_START -> planned.trialStart();
            case TRIAL_END -> planned.trialEnd();
            case ADOPTION_DECISION -> planned.adoptionDecision();
            case BENEFIT_REPORT_3_MONTHS -> adoptedAt == null ? null : BenefitReports.dueOn(adoptedAt,
                    BenefitReports.FIRST_MONTHS);
            case BENEFIT_REPORT_12_MONTHS -> adoptedAt == null ? null : BenefitReports.dueOn(adoptedAt,
                    BenefitReports.FINAL_MONTHS);
        };
    }

    private boolean done(ConversionMilestone milestone) {
        return switch (milestone) {
            case TRIAL_START -> trialStartedOn != null;
            case TRIAL_END -> trialEndedOn != null;
            case ADOPTION_DECISION -> adoptedAt != null;
            // a 12-month report makes a missing 3-month one moot (it is refused from then on)
            case BENEFIT_REPORT_3_MONTHS -> reportedMonths.contains(BenefitReports.FIRST_MONTHS)
                    || reportedMonths.contains(BenefitReports.FINAL_MONTHS);
            case BENEFIT_REPORT_12_MONTHS -> reportedMonths.contains(BenefitReports.FINAL_MONTHS);
        };
    }

    private void requireNotDeclined() {
        if (declined) {
            throw RuleViolation.conflict("declined", "该成果已决定不采纳，转化已结束",
                    "the adoption was declined; this conversion is over");
        }
    }

    private void requireOwnerOrLeader(String userId, UserDirectory users) {
        if (userId != null && userId.equals(ownerId)) {
            return;
        }
        Actor actor = userId == null ? null : users.find(userId).orElse(null);
        if (actor == null || !actor.has(Role.UNION_LEADER)) {
            throw RuleViolation.forbidden("not-owner", "只有该成果转化的负责人或工会办公室可以办理",
                    "only the conversion's owner or the union office can do this");
        }
    }

    private static LocalDate dayOf(Instant at) {
        return at.atZone(CompetitionCalendar.ZONE).toLocalDate();
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
        handedOverOn = dayOf(event.handedOverAt());
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
