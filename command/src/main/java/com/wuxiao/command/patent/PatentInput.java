package com.wuxiao.command.patent;

import com.wuxiao.command.common.api.RuleViolation;
import com.wuxiao.command.identity.Roles;
import com.wuxiao.command.identity.UserDirectory;
import com.wuxiao.command.patent.api.NominatePatentCommand;
import com.wuxiao.command.patent.api.PatentLimits;

import java.time.LocalDate;
import java.util.regex.Pattern;

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
        Roles.unionLeader(userId, users, "办理专利推进", "handles patent promotion");
    }

    /** The nominated result and type are given, and the case id is the result's ({@code expectedId}). */
    static void checkNomination(NominatePatentCommand command, String expectedId) {
        if (command.proposalId() == null || command.proposalId().isBlank()) {
            throw RuleViolation.invalid("required", "proposalId", "成果编号不能为空", "proposalId is required");
        }
        if (!expectedId.equals(command.patentId())) {
            throw RuleViolation.invalid("patent-id-mismatch", "patentId", "专利案件编号与成果不符",
                    "the patent case id does not match the result");
        }
        if (command.type() == null) {
            throw RuleViolation.invalid("required", "type", "专利类型不能为空", "type is required");
        }
    }

    static String applicationNumber(String value) {
        return number(value, APPLICATION_NUMBER, "applicationNumber", "申请号", "application number",
                "202510123456.7");
    }

    static String patentNumber(String value) {
        return number(value, PATENT_NUMBER, "patentNumber", "专利号", "patent number", "ZL202510123456.7");
    }

    static void notBefore(LocalDate date, LocalDate earliest, String field, String code, String zh, String en) {
        if (earliest != null && date.isBefore(earliest)) {
            throw RuleViolation.invalid(code, field, zh, en);
        }
    }

    private static String number(String value, Pattern format, String field, String zh, String en, String example) {
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
}
