package com.wuxiao.command.conversion;

import com.wuxiao.command.common.api.RuleViolation;
import com.wuxiao.command.conversion.api.PlannedMilestones;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The formats of a conversion's fields — planned dates, measured amounts — apart from its rules. */
final class ConversionInput {

    private ConversionInput() {
    }

    static void checkPlanned(PlannedMilestones planned, LocalDate handoverDay) {
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

    static BigDecimal amount(BigDecimal value, int scale, String field, String zh) {
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

    static void incidents(int safetyIncidentsAvoided) {
        if (safetyIncidentsAvoided < 0) {
            throw RuleViolation.invalid("negative", "safetyIncidentsAvoided",
                    "避免安全事故数不能为负", "safety incidents avoided cannot be negative");
        }
    }
}
