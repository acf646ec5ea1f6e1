package com.wuxiao.command.patent;

import com.wuxiao.command.common.api.RuleViolation;
import com.wuxiao.command.identity.Roles;
import com.wuxiao.command.identity.UserDirectory;
import com.wuxiao.command.patent.api.NominatePatentCommand;
import com.wuxiao.command.patent.api.PatentLimits;

import java.time.LocalDate;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import static com.wuxiao.command.common.api.RuleViolation.term;

/**
 * The formats of a patent case's fields — numbers, dates recorded from the office's letters — and
 * who records them, apart from the case's rules in {@link PatentCase}. Each failure names its field.
 */
final class PatentInput {

    /**
     * Light check of Chinese application numbers (optional CN, 8 or 12 digits, optional dot, check
     * digit or X): catches typing slips without pretending to validate the check digit.
     */
    private static final Pattern APPLICATION_NUMBER = Pattern.compile("(?i)(CN)?\\d{8}(\\d{4})?\\.?[0-9X]");
    /** A patent number is ZL followed by its application number (e.g. ZL202510123456.7). */
    private static final Pattern PATENT_NUMBER = Pattern.compile("(?i)(ZL)?\\d{8}(\\d{4})?\\.?[0-9X]");

    private PatentInput() {
    }

    static void unionLeader(String userId, UserDirectory users) {
        Roles.unionLeader(userId, users, term("action.promote-patents"));
    }

    /** The nominated result and type are given, and the case id is the result's ({@code expectedId}). */
    static void checkNomination(NominatePatentCommand command, String expectedId) {
        if (command.proposalId() == null || command.proposalId().isBlank()) {
            throw RuleViolation.invalid("required", "proposalId", term("field.patent-result"));
        }
        if (!expectedId.equals(command.patentId())) {
            throw RuleViolation.invalid("patent-id-mismatch", "patentId");
        }
        if (command.type() == null) {
            throw RuleViolation.invalid("required", "type", term("field.patent-type"));
        }
    }

    static String applicationNumber(String value) {
        return number(value, APPLICATION_NUMBER, "applicationNumber", term("field.application-number"),
                "202510123456.7");
    }

    static String patentNumber(String value) {
        return number(value, PATENT_NUMBER, "patentNumber", term("field.patent-number"), "ZL202510123456.7");
    }

    /** The violation is built by the caller, so its code stands at the call site where the catalogue test finds it. */
    static void notBefore(LocalDate date, LocalDate earliest, Supplier<RuleViolation> violation) {
        if (earliest != null && date.isBefore(earliest)) {
            throw violation.get();
        }
    }

    private static String number(String value, Pattern format, String field, RuleViolation.Term label, String example) {
        if (value == null || value.isBlank()) {
            throw RuleViolation.invalid("required", field, label);
        }
        String number = value.strip();
        if (number.length() > PatentLimits.NUMBER_MAX || !format.matcher(number).matches()) {
            throw RuleViolation.invalid("invalid-number", field, label, example);
        }
        return number;
    }
}
