package com.wuxiao.command.common.api;

/**
 * A command broke a rule of the domain. Carries a stable code, the offending field (if any) and a
 * message in Chinese and English, so the API can answer with a precise problem document.
 */
public class RuleViolation extends RuntimeException {

    /** How the violation maps onto HTTP: bad input, wrong person, wrong state, or no such thing. */
    public enum Kind { INVALID, FORBIDDEN, CONFLICT, NOT_FOUND }

    private final Kind kind;
    private final String code;
    private final String field;
    private final String messageZh;
    private final String messageEn;

    public RuleViolation(Kind kind, String code, String field, String messageZh, String messageEn) {
        super(messageZh + " / " + messageEn);
        this.kind = kind;
        this.code = code;
        this.field = field;
        this.messageZh = messageZh;
        this.messageEn = messageEn;
    }

    public static RuleViolation invalid(String code, String field, String zh, String en) {
        return new RuleViolation(Kind.INVALID, code, field, zh, en);
    }

    public static RuleViolation forbidden(String code, String zh, String en) {
        return new RuleViolation(Kind.FORBIDDEN, code, null, zh, en);
    }

    public static RuleViolation conflict(String code, String zh, String en) {
        return new RuleViolation(Kind.CONFLICT, code, null, zh, en);
    }

    public static RuleViolation notFound(String code, String zh, String en) {
        return new RuleViolation(Kind.NOT_FOUND, code, null, zh, en);
    }

    public Kind kind() { return kind; }

    public String code() { return code; }

    public String field() { return field; }

    public String messageZh() { return messageZh; }

    public String messageEn() { return messageEn; }
}
