package com.wuxiao.command.patent;

import com.wuxiao.command.common.api.RuleViolation;
import com.wuxiao.command.patent.api.PatentLimits;

import java.util.regex.Pattern;

import static com.wuxiao.command.common.api.RuleViolation.term;

/**
 * A number the patent office gave a case, checked when it is made (there is no other way to make
 * one): an application number (申请号) or a granted patent's number (专利号). A light check of the
 * format — optional prefix, 8 or 12 digits, optional dot, a check digit or X — that catches typing
 * slips without pretending to validate the check digit. Surrounding blanks are dropped; a failure
 * names the field and shows an example.
 */
final class PatentNumber {

    private static final Pattern APPLICATION = Pattern.compile("(?i)(CN)?\\d{8}(\\d{4})?\\.?[0-9X]");
    private static final Pattern GRANTED = Pattern.compile("(?i)(ZL)?\\d{8}(\\d{4})?\\.?[0-9X]");

    private final String value;

    private PatentNumber(String value) {
        this.value = value;
    }

    /** The office's application number, optionally with CN before it (e.g. 202510123456.7). */
    static PatentNumber application(String value) {
        return checked(value, APPLICATION, "applicationNumber", term("field.application-number"),
                "202510123456.7");
    }

    /** A granted patent's number: ZL and its application number (e.g. ZL202510123456.7). */
    static PatentNumber granted(String value) {
        return checked(value, GRANTED, "patentNumber", term("field.patent-number"), "ZL202510123456.7");
    }

    String value() {
        return value;
    }

    private static PatentNumber checked(String value, Pattern format, String field, RuleViolation.Term label,
                                        String example) {
        if (value == null || value.isBlank()) {
            throw RuleViolation.invalid("required", field, label);
        }
        String number = value.strip();
        if (number.length() > PatentLimits.NUMBER_MAX || !format.matcher(number).matches()) {
            throw RuleViolation.invalid("invalid-number", field, label, example);
        }
        return new PatentNumber(number);
    }

    @Override
    public String toString() {
        return value;
    }
}
