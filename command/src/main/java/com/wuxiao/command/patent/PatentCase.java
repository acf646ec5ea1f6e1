package com.wuxiao.command.patent;

import com.wuxiao.command.common.ProcessCommands;
import com.wuxiao.command.common.ResultPoints;
import com.wuxiao.command.common.api.PointsEarnedEvent;
import com.wuxiao.command.common.api.PointsReason;
import com.wuxiao.command.common.api.RuleViolation;
import com.wuxiao.command.competition.CompetitionCalendar;
import com.wuxiao.command.competition.CompetitionYears;
import com.wuxiao.command.competition.api.PointsTable;
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
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

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
 * Every command but the reminder is the union office's. Commands sent by the patent-promotion
 * process carry a deterministic {@code processCommandId}, kept as meta-data on the resulting event,
 * so that a repeat is recognised after the aggregate is loaded again and ignored.
 */
@Aggregate
public class PatentCase {

    private static final String ID_PREFIX = "PAT-";
    /**
     * Meta-data key of the deterministic id of a process's command; kept on the resulting event so
     * the aggregate can recognise a repeat after it was loaded again.
     */
    static final String PROCESS_COMMAND_ID = ProcessCommands.META_DATA_KEY;
    /**
     * Light check of Chinese application numbers (optional CN, 8 or 12 digits, optional dot, check
     * digit or X): catches typing slips without pretending to validate the check digit.
     */
    private static final Pattern APPLICATION_NUMBER = Pattern.compile("(?i)(CN)?\\d{8}(\\d{4})?\\.?[0-9X]");
    /** A patent number is ZL followed by its application number (e.g. ZL202510123456.7). */
    private static final Pattern PATENT_NUMBER = Pattern.compile("(?i)(ZL)?\\d{8}(\\d{4})?\\.?[0-9X]");

    enum Status { NOMINATED, PREPARED, FILED, GRANTED, REJECTED, ABANDONED }

    @AggregateIdentifier
    private String patentId;
    private String proposalId;
    private String unitId;
    private int competitionYear;
    private PatentType type;
    private Status status;
    private LocalDate nominatedOn;
    private LocalDate filedOn;
    /** Sequence of the last office action, 0 before the first. */
    private int officeActions;
    /** Issue date of the open office action; null when none is open. */
    private LocalDate openActionIssuedOn;
    /** Steps already reported overdue ("FILING", "OFFICE_ACTION_RESPONSE:2", …). */
    private final Set<String> overdueSteps = new HashSet<>();
    private final ProcessCommands processCommands = new ProcessCommands();

    protected PatentCase() {
        // for Axon: created by the nomination, rebuilt from events
    }

    public static String idOf(String proposalId) {
        return ID_PREFIX + proposalId;
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(NominatePatentCommand command, UserDirectory users, AwardedResults results) {
        requireUnionLeader(command.nominatedBy(), users);
        if (command.proposalId() == null || command.proposalId().isBlank()) {
            throw RuleViolation.invalid("required", "proposalId", "成果编号不能为空", "proposalId is required");
        }
        if (!idOf(command.proposalId()).equals(command.patentId())) {
            throw RuleViolation.invalid("patent-id-mismatch", "patentId", "专利案件编号与成果不符",
                    "the patent case id does not match the result");
        }
        if (command.type() == null) {
            throw RuleViolation.invalid("required", "type", "专利类型不能为空", "type is required");
        }
        if (status != null) {
            throw RuleViolation.conflict("already-nominated", "该成果已推荐申请专利（" + type.zh() + "）",
                    "the result was nominated for a patent already (" + type + ")");
        }
        AwardedResult result = results.find(command.proposalId()).orElseThrow(() -> RuleViolation.conflict(
                "not-awarded", "只有获奖成果可以推荐申请专利", "only an awarded result can be nominated for a patent"));
        apply(new PatentNominatedEvent(command.patentId(), result.proposalId(), result.title(), result.unitId(),
                result.competitionYear(), command.type(), result.awardedAt(), command.nominatedBy(),
                requireTime(command.nominatedAt())));
    }

    @CommandHandler
    public void handle(PrepareApplicationCommand command, UserDirectory users) {
        if (processCommands.alreadyApplied(command.processCommandId())) {
            return;
        }
        requireUnionLeader(command.preparedBy(), users);
        requireOpen();
        if (status != Status.NOMINATED) {
            throw RuleViolation.conflict("already-prepared", "申请材料已准备", "the application was prepared already");
        }
        String agency = optional(command.agency(), "agency", PatentLimits.AGENCY_MAX, "代理机构", "agency");
        String note = optional(command.note(), "note", PatentLimits.TEXT_MAX, "备注", "note");
        apply(new PatentApplicationPreparedEvent(patentId, proposalId, agency, note, command.preparedBy(),
                requireTime(command.preparedAt())), ProcessCommands.originOf(command.processCommandId()));
    }

    @CommandHandler
    public void handle(FilePatentCommand command, UserDirectory users, AwardedResults results,
                       CompetitionYears years) {
        if (processCommands.alreadyApplied(command.processCommandId())) {
            return;
        }
        requireUnionLeader(command.recordedBy(), users);
        requireOpen();
        if (status == Status.NOMINATED) {
            throw RuleViolation.conflict("not-prepared", "请先准备申请材料", "prepare the application first");
        }
        if (status != Status.PREPARED) {
            throw RuleViolation.conflict("already-filed", "该专利已提交申请", "the application was filed already");
        }
        String number = requireNumber(command.applicationNumber(), APPLICATION_NUMBER, "applicationNumber",
                "申请号", "application number", "202510123456.7");
        Instant recordedAt = requireTime(command.recordedAt());
        LocalDate filed = requirePastDate(command.filedOn(), "filedOn", "申请日", "filing date", recordedAt);
        requireNotBefore(filed, nominatedOn, "filedOn", "filed-before-nomination",
                "申请日不能早于推荐日期 " + nominatedOn, "the filing date cannot be before the nomination on " + nominatedOn);
        AwardedResult result = awardedResult(results);
        PointsTable points = pointsTable(years);
        MetaData origin = ProcessCommands.originOf(command.processCommandId());
        apply(new PatentFiledEvent(patentId, proposalId, unitId, type, number, filed, command.recordedBy(),
                recordedAt), origin);
        for (PointsEarnedEvent earned : ResultPoints.split(patentId, result, PointsReason.PATENT_FILED,
                points.patentFiled(), users, startOfDay(filed))) {
            apply(earned, origin);
        }
    }

    @CommandHandler
    public void handle(RecordOfficeActionCommand command, UserDirectory users) {
        if (processCommands.alreadyApplied(command.processCommandId())) {
            return;
        }
        requireUnionLeader(command.recordedBy(), users);
        requireOpen();
        requireFiled();
        if (openActionIssuedOn != null) {
            throw RuleViolation.conflict("office-action-open", "第 " + officeActions + " 次审查意见尚未答复",
                    "office action " + officeActions + " is not answered yet");
        }
        Instant recordedAt = requireTime(command.recordedAt());
        LocalDate issued = requirePastDate(command.issuedOn(), "issuedOn", "发文日", "issue date", recordedAt);
        requireNotBefore(issued, filedOn, "issuedOn", "issued-before-filing",
                "审查意见发文日不能早于申请日 " + filedOn, "an office action cannot be issued before the filing on " + filedOn);
        if (command.responseDue() == null) {
            throw RuleViolation.invalid("required", "responseDue", "答复期限不能为空", "responseDue is required");
        }
        if (!command.responseDue().isAfter(issued)) {
            throw RuleViolation.invalid("response-due-not-after-issue", "responseDue",
                    "答复期限须晚于发文日", "the response is due after the issue date");
        }
        String summary = required(command.summary(), "summary", PatentLimits.TEXT_MAX, "审查意见摘要", "summary");
        apply(new OfficeActionRecordedEvent(patentId, proposalId, officeActions + 1, issued, command.responseDue(),
                summary, command.recordedBy(), recordedAt), ProcessCommands.originOf(command.processCommandId()));
    }

    @CommandHandler
    public void handle(AnswerOfficeActionCommand command, UserDirectory users) {
        if (processCommands.alreadyApplied(command.processCommandId())) {
            return;
        }
        requireUnionLeader(command.recordedBy(), users);
        requireOpen();
        if (openActionIssuedOn == null) {
            throw RuleViolation.conflict("no-open-office-action", "没有待答复的审查意见",
                    "there is no open office action to answer");
        }
        Instant recordedAt = requireTime(command.recordedAt());
        LocalDate answered = requirePastDate(command.answeredOn(), "answeredOn", "答复日", "answer date", recordedAt);
        requireNotBefore(answered, openActionIssuedOn, "answeredOn", "answered-before-issue",
                "答复日不能早于发文日 " + openActionIssuedOn,
                "the answer cannot be before the office action's issue on " + openActionIssuedOn);
        String note = optional(command.note(), "note", PatentLimits.TEXT_MAX, "答复说明", "note");
        apply(new OfficeActionAnsweredEvent(patentId, proposalId, officeActions, answered, note,
                command.recordedBy(), recordedAt), ProcessCommands.originOf(command.processCommandId()));
    }

    @CommandHandler
    public void handle(GrantPatentCommand command, UserDirectory users, AwardedResults results,
                       CompetitionYears years) {
        if (processCommands.alreadyApplied(command.processCommandId())) {
            return;
        }
        requireUnionLeader(command.recordedBy(), users);
        requireOpen();
        requireFiled();
        if (openActionIssuedOn != null) {
            throw RuleViolation.conflict("office-action-open",
                    "第 " + officeActions + " 次审查意见尚未答复，不能登记授权",
                    "office action " + officeActions + " is not answered: the grant cannot be recorded");
        }
        String number = requireNumber(command.patentNumber(), PATENT_NUMBER, "patentNumber", "专利号",
                "patent number", "ZL202510123456.7");
        Instant recordedAt = requireTime(command.recordedAt());
        LocalDate granted = requirePastDate(command.grantedOn(), "grantedOn", "授权日", "grant date", recordedAt);
        requireNotBefore(granted, filedOn, "grantedOn", "granted-before-filing",
                "授权日不能早于申请日 " + filedOn, "the grant cannot be before the filing on " + filedOn);
        AwardedResult result = awardedResult(results);
        int grantPoints = grantPoints(pointsTable(years));
        MetaData origin = ProcessCommands.originOf(command.processCommandId());
        apply(new PatentGrantedEvent(patentId, proposalId, unitId, type, number, granted, command.recordedBy(),
                recordedAt), origin);
        for (PointsEarnedEvent earned : ResultPoints.split(patentId, result, PointsReason.PATENT_GRANTED,
                grantPoints, users, startOfDay(granted))) {
            apply(earned, origin);
        }
    }

    @CommandHandler
    public void handle(RejectPatentCommand command, UserDirectory users) {
        if (processCommands.alreadyApplied(command.processCommandId())) {
            return;
        }
        requireUnionLeader(command.recordedBy(), users);
        requireOpen();
        requireFiled();
        Instant recordedAt = requireTime(command.recordedAt());
        LocalDate rejected = requirePastDate(command.rejectedOn(), "rejectedOn", "驳回日", "rejection date",
                recordedAt);
        requireNotBefore(rejected, filedOn, "rejectedOn", "rejected-before-filing",
                "驳回日不能早于申请日 " + filedOn, "the rejection cannot be before the filing on " + filedOn);
        String reason = required(command.reason(), "reason", PatentLimits.TEXT_MAX, "驳回理由", "reason");
        apply(new PatentRejectedEvent(patentId, proposalId, rejected, reason, command.recordedBy(), recordedAt),
                ProcessCommands.originOf(command.processCommandId()));
    }

    @CommandHandler
    public void handle(AbandonPatentCommand command, UserDirectory users) {
        if (processCommands.alreadyApplied(command.processCommandId())) {
            return;
        }
        requireUnionLeader(command.recordedBy(), users);
        requireOpen();
        String reason = required(command.reason(), "reason", PatentLimits.TEXT_MAX, "放弃理由", "reason");
        apply(new PatentAbandonedEvent(patentId, proposalId, reason, command.recordedBy(),
                requireTime(command.recordedAt())), ProcessCommands.originOf(command.processCommandId()));
    }

    /** A reminder of the process: ignored when repeated, when the step is done or the case ended. */
    @CommandHandler
    public void handle(RecordPatentOverdueCommand command) {
        if (command.step() == null || command.dueAt() == null) {
            throw new IllegalArgumentException("an overdue reminder needs its step and due time");
        }
        String key = overdueKey(command.step());
        if (processCommands.alreadyApplied(command.processCommandId()) || isEnded() || !pending(command.step())
                || overdueSteps.contains(key)) {
            return;
        }
        apply(new PatentStepOverdueEvent(patentId, proposalId, command.step(), command.dueAt(),
                requireTime(command.recordedAt())), ProcessCommands.originOf(command.processCommandId()));
    }

    // --- rules ---------------------------------------------------------------------------------

    private static void requireUnionLeader(String userId, UserDirectory users) {
        Actor actor = (userId == null ? null : users.find(userId).orElse(null));
        if (actor == null || !actor.has(Role.UNION_LEADER)) {
            throw RuleViolation.forbidden("not-union-leader",
                    "只有工会办公室可以办理专利推进", "only the union office handles patent promotion");
        }
    }

    private boolean isEnded() {
        return status == Status.GRANTED || status == Status.REJECTED || status == Status.ABANDONED;
    }

    private void requireOpen() {
        if (isEnded()) {
            String zh = switch (status) {
                case GRANTED -> "已授权";
                case REJECTED -> "已驳回";
                default -> "已放弃";
            };
            throw RuleViolation.conflict("case-ended", "该专利案件已结束（" + zh + "）",
                    "the patent case has ended (" + status + ")");
        }
    }

    private void requireFiled() {
        if (status != Status.FILED) {
            throw RuleViolation.conflict("not-filed", "该专利尚未提交申请", "the application has not been filed");
        }
    }

    private boolean pending(PatentStep step) {
        return switch (step) {
            case PREPARATION -> status == Status.NOMINATED;
            case FILING -> status == Status.NOMINATED || status == Status.PREPARED;
            case OFFICE_ACTION_RESPONSE -> openActionIssuedOn != null;
        };
    }

    /** A response is reminded of once per office action, the other steps once per case. */
    private String overdueKey(PatentStep step) {
        return step == PatentStep.OFFICE_ACTION_RESPONSE ? step.name() + ":" + officeActions : step.name();
    }

    private int grantPoints(PointsTable points) {
        return switch (type) {
            case INVENTION -> points.inventionGranted();
            case UTILITY_MODEL -> points.utilityModelGranted();
            case DESIGN -> points.designGranted();
        };
    }

    private AwardedResult awardedResult(AwardedResults results) {
        return results.find(proposalId).orElseThrow(() -> RuleViolation.conflict("not-awarded",
                "成果 " + proposalId + " 不是获奖成果", "result " + proposalId + " is not an awarded result"));
    }

    private PointsTable pointsTable(CompetitionYears years) {
        return years.find(competitionYear).orElseThrow(() -> RuleViolation.conflict("year-not-configured",
                competitionYear + " 年度竞赛尚未设置", "the competition year " + competitionYear + " is not configured"))
                .points();
    }

    private static String requireNumber(String value, Pattern format, String field, String zh, String en,
                                        String example) {
        if (value == null || value.isBlank()) {
            throw RuleViolation.invalid("required", field, zh + "不能为空", en + " is required");
        }
        String number = value.strip();
        if (number.length() > PatentLimits.NUMBER_MAX || !format.matcher(number).matches()) {
            throw RuleViolation.invalid("invalid-number", field, zh + "格式不正确（例如 " + example + "）",
                    "the " + en + " is malformed (e.g. " + example + ")");
        }
        return number;
    }

    /** Required, and not after the day (Beijing time) the command is recorded. */
    private static LocalDate requirePastDate(LocalDate date, String field, String zh, String en, Instant now) {
        if (date == null) {
            throw RuleViolation.invalid("required", field, zh + "不能为空", en + " is required");
        }
        if (date.isAfter(now.atZone(CompetitionCalendar.ZONE).toLocalDate())) {
            throw RuleViolation.invalid("date-in-future", field, zh + "不能晚于今天", "the " + en + " is in the future");
        }
        return date;
    }

    private static void requireNotBefore(LocalDate date, LocalDate earliest, String field, String code,
                                         String zh, String en) {
        if (earliest != null && date.isBefore(earliest)) {
            throw RuleViolation.invalid(code, field, zh, en);
        }
    }

    private static String required(String value, String field, int max, String zh, String en) {
        if (value == null || value.isBlank()) {
            throw RuleViolation.invalid("required", field, zh + "不能为空", en + " is required");
        }
        return optional(value, field, max, zh, en);
    }

    /** Blank is absent (forms send empty fields). */
    private static String optional(String value, String field, int max, String zh, String en) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.length() > max) {
            throw RuleViolation.invalid("too-long", field, zh + "不能超过 " + max + " 个字符",
                    en + " must be at most " + max + " characters");
        }
        return text;
    }

    /** Points earned on a date count from its first moment in Beijing, so its month/year is theirs. */
    private static Instant startOfDay(LocalDate date) {
        return date.atStartOfDay(CompetitionCalendar.ZONE).toInstant();
    }

    private static Instant requireTime(Instant at) {
        if (at == null) {
            throw new IllegalArgumentException("the command carries no time");
        }
        return at;
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
        status = Status.NOMINATED;
    }

    @EventSourcingHandler
    void on(PatentApplicationPreparedEvent event, @MetaDataValue(PROCESS_COMMAND_ID) String processCommandId) {
        status = Status.PREPARED;
        processCommands.remember(processCommandId);
    }

    @EventSourcingHandler
    void on(PatentFiledEvent event, @MetaDataValue(PROCESS_COMMAND_ID) String processCommandId) {
        status = Status.FILED;
        filedOn = event.filedOn();
        processCommands.remember(processCommandId);
    }

    @EventSourcingHandler
    void on(OfficeActionRecordedEvent event, @MetaDataValue(PROCESS_COMMAND_ID) String processCommandId) {
        officeActions = event.sequence();
        openActionIssuedOn = event.issuedOn();
        processCommands.remember(processCommandId);
    }

    @EventSourcingHandler
    void on(OfficeActionAnsweredEvent event, @MetaDataValue(PROCESS_COMMAND_ID) String processCommandId) {
        openActionIssuedOn = null;
        processCommands.remember(processCommandId);
    }

    @EventSourcingHandler
    void on(PatentGrantedEvent event, @MetaDataValue(PROCESS_COMMAND_ID) String processCommandId) {
        status = Status.GRANTED;
        processCommands.remember(processCommandId);
    }

    @EventSourcingHandler
    void on(PatentRejectedEvent event, @MetaDataValue(PROCESS_COMMAND_ID) String processCommandId) {
        status = Status.REJECTED;
        openActionIssuedOn = null;
        processCommands.remember(processCommandId);
    }

    @EventSourcingHandler
    void on(PatentAbandonedEvent event, @MetaDataValue(PROCESS_COMMAND_ID) String processCommandId) {
        status = Status.ABANDONED;
        openActionIssuedOn = null;
        processCommands.remember(processCommandId);
    }

    @EventSourcingHandler
    void on(PatentStepOverdueEvent event, @MetaDataValue(PROCESS_COMMAND_ID) String processCommandId) {
        overdueSteps.add(overdueKey(event.step()));
        processCommands.remember(processCommandId);
    }
}
