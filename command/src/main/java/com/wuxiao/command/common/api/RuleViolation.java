package com.wuxiao.command.common.api;

/**
 * A command broke a rule of the domain. Carries a stable code, the offending field (if any) and a
 * message in Chinese and English, so the API can answer with a precise problem document. The texts
 * come from one catalogue ({@link ViolationCatalogue}), keyed by the code, so a code reads the same
 * wherever it is raised.
 */
public class RuleViolation extends RuntimeException {

    /** How the violation maps onto HTTP: bad input, wrong person, wrong state, or no such thing. */
    public enum Kind { INVALID, FORBIDDEN, CONFLICT, NOT_FOUND }

    /** A catalogue entry used as an argument of a text, e.g. a field label {@code field.title}. */
    public record Term(String key) {
    }

    /**
     * A text in both languages: a violation's rendered message, and the argument for words the domain
     * already owns in both languages (a status's or a column's name).
     */
    public record Message(String zh, String en) {
    }

    private final Kind kind;
    private final String code;
    private final String field;
    private final String messageZh; // strings, not a Message: the exception stays serializable
    private final String messageEn;

    private RuleViolation(Kind kind, String code, String field, Object... args) {
        this(kind, code, field, ViolationCatalogue.message(code, args));
    }

    private RuleViolation(Kind kind, String code, String field, Message message) {
        super(message.zh() + " / " + message.en());
        this.kind = kind;
        this.code = code;
        this.field = field;
        this.messageZh = message.zh();
        this.messageEn = message.en();
    }

    public static RuleViolation invalid(String code, String field, Object... args) {
        return new RuleViolation(Kind.INVALID, code, field, args);
    }

    public static RuleViolation forbidden(String code, Object... args) {
        return new RuleViolation(Kind.FORBIDDEN, code, null, args);
    }

    public static RuleViolation conflict(String code, Object... args) {
        return new RuleViolation(Kind.CONFLICT, code, null, args);
    }

    public static RuleViolation notFound(String code, Object... args) {
        return new RuleViolation(Kind.NOT_FOUND, code, null, args);
    }

    /** The catalogue entry {@code key} as an argument, rendered in each message's language. */
    public static Term term(String key) {
        return new Term(key);
    }

    /** Words the domain owns in both languages, as an argument. */
    public static Message both(String zh, String en) {
        return new Message(zh, en);
    }

    public Kind kind() { return kind; }

    public String code() { return code; }

    public String field() { return field; }

    public String messageZh() { return messageZh; }

    public String messageEn() { return messageEn; }
}
