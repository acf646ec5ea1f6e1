package com.wuxiao.command.conversion;

import com.wuxiao.command.common.ProcessCommands;
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
import com.wuxiao.command.identity.UserDirectory;
import com.wuxiao.command.identity.api.Actor;
import com.wuxiao.command.identity.api.Role;
import com.wuxiao.command.proposal.AwardedResults;
import com.wuxiao.command.proposal.api.AwardedResult;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.annotation.MetaDataValue;
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
public class Conversion {

    /** Meta-data key of a process's deterministic command id, kept on the event it caused. */
    static final String PROCESS_COMMAND_ID = ProcessCommands.META_DATA_KEY;
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
    private final ProcessCommands processCommands = new ProcessCommands();

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
        Actor leader = users.find(nonNull(command.handedOverBy())).orElse(null);
        if (leader == null || !leader.has(Role.UNION_LEADER)) {
            throw RuleViolation.forbidden("not-union-leader",
                    "只有工会办公室可以移交成果", "only the union office hands results over");
        }
        if (conversionId != null) {
            throw RuleViolation.conflict("already-handed-over",
                    "该成果已移交给该单位", "the result has been handed over to this unit already");
        }
        requireText(command.proposalId(), "proposalId", "成果");
        requireText(command.receivingUnitId(), "receivingUnitId", "接收单位");
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
        LocalDate today = dayOf(requireTime(command.handedOverAt()));
        checkPlanned(command.planned(), today);
        apply(new ResultHandedOverEvent(command.conversionId(), result.proposalId(), result.title(), result.unitId(),
                command.receivingUnitId(), command.ownerId(), command.planned(), result.awardedAt(),
                command.handedOverBy(), command.handedOverAt()));
    }

    @CommandHandler
    public void handle(StartTrialCommand command, UserDirectory users) {
        if (processCommands.alreadyApplied(command.processCommandId())) {
            return;
        }
        requireNotDeclined();
        requireOwnerOrLeader(command.recordedBy(), users);
        if (trialStartedOn != null) {
            throw RuleViolation.conflict("trial-started", "试用已开始", "the trial has started already");
        }
        LocalDate startedOn = pastDate(command.startedOn(), "startedOn", "试用开始日期", requireTime(command.recordedAt()));
        if (startedOn.isBefore(handedOverOn)) {
            throw RuleViolation.invalid("before-handover", "startedOn",
                    "试用不能早于移交日期 " + handedOverOn, "the trial cannot start before the handover on " + handedOverOn);
        }
        apply(new TrialStartedEvent(conversionId, proposalId, startedOn, command.recordedBy(), command.recordedAt()),
                ProcessCommands.originOf(command.processCommandId()));
    }

    @CommandHandler
    public void handle(EndTrialCommand command, UserDirectory users) {
        if (processCommands.alreadyApplied(command.processCommandId())) {
            return;
        }
        requireNotDeclined();
        requireOwnerOrLeader(command.recordedBy(), users);
        if (trialStartedOn == null) {
            throw RuleViolation.conflict("trial-not-started", "试用尚未开始", "the trial has not started");
        }
        if (trialEndedOn != null) {
            throw RuleViolation.conflict("trial-ended", "试用已结束", "the trial has ended already");
        }
        LocalDate endedOn = pastDate(command.endedOn(), "endedOn", "试用结束日期", requireTime(command.recordedAt()));
        if (endedOn.isBefore(trialStartedOn)) {
            throw RuleViolation.invalid("end-before-start", "endedOn",
                    "试用结束日期不能早于开始日期 " + trialStartedOn,
                    "the trial cannot end before it started on " + trialStartedOn);
        }
        requireText(command.summary(), "summary", "试用总结");
        checkLength(command.summary(), "summary", "试用总结");
        apply(new TrialEndedEvent(conversionId, proposalId, endedOn, command.summary().strip(), command.recordedBy(),
                command.recordedAt()), ProcessCommands.originOf(command.processCommandId()));
    }

    @CommandHandler
    public void handle(DecideAdoptionCommand command, UserDirectory users, AwardedResults results,
                       CompetitionYears years, ResultAdoptions adoptions) {
        if (processCommands.alreadyApplied(command.processCommandId())) {
            return;
        }
        requireNotDeclined();
        requireOwnerOrLeader(command.decidedBy(), users);
        if (adoptedAt != null) {
            throw RuleViolation.conflict("already-decided", "已作出采纳决定", "the adoption has been decided already");
        }
        if (trialEndedOn == null) {
            throw RuleViolation.conflict("trial-not-ended", "试用结束后才能作出采纳决定",
                    "the adoption is decided only after the trial has ended");
        }
        Instant decidedAt = requireTime(command.decidedAt());
        MetaData origin = ProcessCommands.originOf(command.processCommandId());
        if (!command.adopted()) {
            if (command.reason() == null || command.reason().isBlank()) {
                throw RuleViolation.invalid("reason-required", "reason", "不采纳须说明原因", "a declined adoption needs a reason");
            }
            checkLength(command.reason(), "reason", "不采纳原因");
            apply(new AdoptionDeclinedEvent(conversionId, proposalId, command.reason().strip(), command.decidedBy(),
                    decidedAt), origin);
            return;
        }
        // the award can be withdrawn after the handover (e.g. a result found to be copied): no points then
        AwardedResult result = results.find(proposalId).orElseThrow(() -> RuleViolation.conflict("no-longer-awarded",
                "成果 " + proposalId + " 已不再是获奖成果，不能采纳计分",
                "the handed-over result " + proposalId + " is no longer an awarded result and cannot be adopted"));
        PointsTable points = years.find(result.competitionYear()).orElseThrow(() -> RuleViolation.conflict(
                "year-not-configured", result.competitionYear() + " 年度竞赛尚未设置",
                "the competition year " + result.competitionYear() + " is not configured")).points();
        boolean replication = adoptions.adoptedByAnotherUnit(proposalId, receivingUnitId);
        apply(new ResultAdoptedEvent(conversionId, proposalId, resultUnitId, receivingUnitId, replication, awardedAt,
                command.decidedBy(), decidedAt), origin);
        ResultPoints.split(conversionId, result, replication ? PointsReason.REPLICATED : PointsReason.ADOPTED,
                replication ? points.replication() : points.adopted(), users, decidedAt).forEach(event -> apply(event));
    }

    /**
     * Each of the 3- and 12-month reports ({@link BenefitReports}) once, not before it is due. The 12-month report does not
     * wait for a missed 3-month one (the yearly figures matter most), but once it exists a 3-month
     * report would no longer be the latest figures and is refused.
     */
    @CommandHandler
    public void handle(ReportBenefitCommand command, UserDirectory users) {
        if (processCommands.alreadyApplied(command.processCommandId())) {
            return;
        }
        requireNotDeclined();
        requireOwnerOrLeader(command.reportedBy(), users);
        if (adoptedAt == null) {
            throw RuleViolation.conflict("not-adopted", "成果采纳后才能报告效益", "benefits are reported only after adoption");
        }
        int months = command.monthsAfterAdoption();
        if (!BenefitReports.isReportMonth(months)) {
            throw RuleViolation.invalid("invalid-months", "monthsAfterAdoption",
                    "效益报告只在采纳后 " + BenefitReports.FIRST_MONTHS + " 个月或 " + BenefitReports.FINAL_MONTHS + " 个月",
                    "benefits are reported " + BenefitReports.FIRST_MONTHS + " or " + BenefitReports.FINAL_MONTHS
                            + " months after adoption");
        }
        if (reportedMonths.contains(months)) {
            throw RuleViolation.conflict("already-reported", months + " 个月效益已报告",
                    "the " + months + "-month benefit has been reported already");
        }
        if (months == BenefitReports.FIRST_MONTHS && reportedMonths.contains(BenefitReports.FINAL_MONTHS)) {
            throw RuleViolation.conflict("superseded", "已报告 " + BenefitReports.FINAL_MONTHS + " 个月效益，不再报告 "
                            + BenefitReports.FIRST_MONTHS + " 个月效益",
                    "the " + BenefitReports.FINAL_MONTHS + "-month benefit is reported already; a "
                            + BenefitReports.FIRST_MONTHS + "-month report no longer applies");
        }
        LocalDate due = BenefitReports.dueOn(adoptedAt, months);
        if (dayOf(requireTime(command.reportedAt())).isBefore(due)) {
            throw RuleViolation.conflict("benefit-not-due", months + " 个月效益报告 " + due + " 起方可提交",
                    "the " + months + "-month benefit report is due from " + due);
        }
        BigDecimal cny = amount(command.cnySavedPerYear(), 2, "cnySavedPerYear", "年节约金额");
        BigDecimal hours = amount(command.hoursSaved(), 1, "hoursSaved", "节约工时");
        if (command.safetyIncidentsAvoided() < 0) {
            throw RuleViolation.invalid("negative", "safetyIncidentsAvoided",
                    "避免安全事故数不能为负", "safety incidents avoided cannot be negative");
        }
        apply(new BenefitReportedEvent(conversionId, proposalId, resultUnitId, receivingUnitId, months, cny,
                command.safetyIncidentsAvoided(), hours, command.reportedBy(), command.reportedAt()),
                ProcessCommands.originOf(command.processCommandId()));
    }

    /** Only the union office corrects, only a report made, and only with a reason. */
    @CommandHandler
    public void handle(CorrectBenefitReportCommand command, UserDirectory users) {
        Actor actor = command.correctedBy() == null ? null : users.find(command.correctedBy()).orElse(null);
        if (actor == null || !actor.has(Role.UNION_LEADER)) {
            throw RuleViolation.forbidden("not-union-leader", "只有工会办公室可以更正效益报告",
                    "only the union office can correct a benefit report");
        }
        int months = command.monthsAfterAdoption();
        if (!reportedMonths.contains(months)) {
            throw RuleViolation.conflict("not-reported", "尚无 " + months + " 个月效益报告可更正",
                    "there is no " + months + "-month benefit report to correct");
        }
        requireText(command.reason(), "reason", "更正原因");
        checkLength(command.reason(), "reason", "更正原因");
        BigDecimal cny = amount(command.cnySavedPerYear(), 2, "cnySavedPerYear", "年节约金额");
        BigDecimal hours = amount(command.hoursSaved(), 1, "hoursSaved", "节约工时");
        if (command.safetyIncidentsAvoided() < 0) {
            throw RuleViolation.invalid("negative", "safetyIncidentsAvoided",
                    "避免安全事故数不能为负", "safety incidents avoided cannot be negative");
        }
        Instant at = requireTime(command.correctedAt());
        apply(new BenefitReportCorrectedEvent(conversionId, proposalId, months, command.reason().trim(),
                command.correctedBy(), at));
        apply(new BenefitReportedEvent(conversionId, proposalId, resultUnitId, receivingUnitId, months, cny,
                command.safetyIncidentsAvoided(), hours, command.correctedBy(), at));
    }

    /** A reminder is no error: whatever makes it pointless is ignored, so the timer's job never fails. */
    @CommandHandler
    public void handle(RecordConversionOverdueCommand command) {
        ConversionMilestone milestone = command.milestone();
        if (processCommands.alreadyApplied(command.processCommandId()) || milestone == null || declined
                || reminded.contains(milestone)) {
            return;
        }
        LocalDate dueOn = dueOn(milestone);
        if (dueOn == null || done(milestone) || !dayOf(requireTime(command.recordedAt())).isAfter(dueOn)) {
            return;
        }
        apply(new ConversionMilestoneOverdueEvent(conversionId, proposalId, receivingUnitId, ownerId, milestone, dueOn,
                command.recordedAt()), ProcessCommands.originOf(command.processCommandId()));
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

    private static void checkPlanned(PlannedMilestones planned, LocalDate handoverDay) {
        if (planned == null || planned.trialStart() == null || planned.trialEnd() == null
                || planned.adoptionDecision() == null) {
            throw RuleViolation.invalid("required", "planned", "须填写计划试用开始、结束和采纳决定日期",
                    "the planned trial start, trial end and adoption decision dates are required");
        }
        if (planned.trialStart().isBefore(handoverDay)) {
            throw RuleViolation.invalid("planned-before-handover", "planned",
                    "计划日期不能早于移交日期 " + handoverDay, "planned dates cannot be before the handover on " + handoverDay);
        }
        if (planned.trialEnd().isBefore(planned.trialStart()) || planned.adoptionDecision().isBefore(planned.trialEnd())) {
            throw RuleViolation.invalid("milestones-out-of-order", "planned",
                    "计划日期须依次为：试用开始 ≤ 试用结束 ≤ 采纳决定",
                    "planned dates must be in order: trial start ≤ trial end ≤ adoption decision");
        }
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

    /** A day that has come (in Beijing time at the command's time). */
    private static LocalDate pastDate(LocalDate date, String field, String zh, Instant now) {
        if (date == null) {
            throw RuleViolation.invalid("required", field, "须填写" + zh, field + " is required");
        }
        if (date.isAfter(dayOf(now))) {
            throw RuleViolation.invalid("date-in-future", field, zh + "不能晚于今天", field + " cannot be in the future");
        }
        return date;
    }

    private static BigDecimal amount(BigDecimal value, int scale, String field, String zh) {
        if (value == null) {
            throw RuleViolation.invalid("required", field, "须填写" + zh, field + " is required");
        }
        if (value.signum() < 0) {
            throw RuleViolation.invalid("negative", field, zh + "不能为负", field + " cannot be negative");
        }
        BigDecimal stripped = value.stripTrailingZeros();
        if (stripped.scale() > scale) {
            throw RuleViolation.invalid("too-many-decimals", field, zh + "最多 " + scale + " 位小数",
                    field + " has at most " + scale + " decimal(s)");
        }
        return value.setScale(scale);
    }

    private static void requireText(String value, String field, String zh) {
        if (value == null || value.isBlank()) {
            throw RuleViolation.invalid("required", field, "须填写" + zh, field + " is required");
        }
    }

    private static void checkLength(String value, String field, String zh) {
        if (value.length() > TEXT_MAX) {
            throw RuleViolation.invalid("too-long", field, zh + "不能超过 " + TEXT_MAX + " 字",
                    field + " is longer than " + TEXT_MAX + " characters");
        }
    }

    private static LocalDate dayOf(Instant at) {
        return at.atZone(CompetitionCalendar.ZONE).toLocalDate();
    }

    private static Instant requireTime(Instant at) {
        if (at == null) {
            throw new IllegalArgumentException("the command carries no time");
        }
        return at;
    }

    private static String nonNull(String userId) {
        return userId == null ? "" : userId;
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
    void on(TrialStartedEvent event, @MetaDataValue(PROCESS_COMMAND_ID) String processCommandId) {
        trialStartedOn = event.startedOn();
        processCommands.remember(processCommandId);
    }

    @EventSourcingHandler
    void on(TrialEndedEvent event, @MetaDataValue(PROCESS_COMMAND_ID) String processCommandId) {
        trialEndedOn = event.endedOn();
        processCommands.remember(processCommandId);
    }

    @EventSourcingHandler
    void on(ResultAdoptedEvent event, @MetaDataValue(PROCESS_COMMAND_ID) String processCommandId) {
        adoptedAt = event.adoptedAt();
        processCommands.remember(processCommandId);
    }

    @EventSourcingHandler
    void on(AdoptionDeclinedEvent event, @MetaDataValue(PROCESS_COMMAND_ID) String processCommandId) {
        declined = true;
        processCommands.remember(processCommandId);
    }

    @EventSourcingHandler
    void on(BenefitReportedEvent event, @MetaDataValue(PROCESS_COMMAND_ID) String processCommandId) {
        reportedMonths.add(event.monthsAfterAdoption());
        processCommands.remember(processCommandId);
    }

    @EventSourcingHandler
    void on(ConversionMilestoneOverdueEvent event, @MetaDataValue(PROCESS_COMMAND_ID) String processCommandId) {
        reminded.add(event.milestone());
        processCommands.remember(processCommandId);
    }
}
