package com.wuxiao.command.conversion;

import com.wuxiao.command.common.api.RuleViolation;
import com.wuxiao.command.conversion.api.PlannedMilestones;

import java.math.BigDecimal;
import java.time.LocalDate;

import static com.wuxiao.command.common.api.RuleViolation.term;

/** The formats of a conversion's fields — planned dates, measured amounts — apart from its rules. */
final class ConversionInput {

    private ConversionInput() {
    }

    static void checkPlanned(PlannedMilestones planned, LocalDate handoverDay) {
        if (planned == null || planned.trialStart() == null || planned.trialEnd() == null
                || planned.adoptionDecision() == null) {
            throw RuleViolation.invalid("required", "planned", term("field.planned"));
        }
        if (planned.trialStart().isBefore(handoverDay)) {
            throw RuleViolation.invalid("planned-before-handover", "planned", handoverDay);
        }
        if (planned.trialEnd().isBefore(planned.trialStart()) || planned.adoptionDecision().isBefore(planned.trialEnd())) {
            throw RuleViolation.invalid("milestones-out-of-order", "planned");
        }
    }

    static BigDecimal amount(BigDecimal value, int scale, String field, RuleViolation.Term label) {
        if (value == null) {
            throw RuleViolation.invalid("required", field, label);
        }
        if (value.signum() < 0) {
            throw RuleViolation.invalid("negative", field, label);
        }
        BigDecimal stripped = value.stripTrailingZeros();
        if (stripped.scale() > scale) {
            throw RuleViolation.invalid("too-many-decimals", field, label, scale);
        }
        return value.setScale(scale);
    }

    static void incidents(int safetyIncidentsAvoided) {
        if (safetyIncidentsAvoided < 0) {
            throw RuleViolation.invalid("negative", "safetyIncidentsAvoided", term("field.safety-incidents-avoided"));
        }
    }
}
