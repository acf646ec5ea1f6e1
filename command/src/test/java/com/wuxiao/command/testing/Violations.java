package com.wuxiao.command.testing;

import com.wuxiao.command.common.api.RuleViolation;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

import java.util.Objects;

/** Hamcrest matchers on {@link RuleViolation}: tests check the stable code, not the wording. */
public final class Violations {

    private Violations() {
    }

    /** Bad input: INVALID with this code, naming this field. */
    public static Matcher<RuleViolation> invalid(String code, String field) {
        return violation(RuleViolation.Kind.INVALID, code, field);
    }

    public static Matcher<RuleViolation> forbidden(String code) {
        return violation(RuleViolation.Kind.FORBIDDEN, code, null);
    }

    public static Matcher<RuleViolation> conflict(String code) {
        return violation(RuleViolation.Kind.CONFLICT, code, null);
    }

    public static Matcher<RuleViolation> notFound(String code) {
        return violation(RuleViolation.Kind.NOT_FOUND, code, null);
    }

    private static Matcher<RuleViolation> violation(RuleViolation.Kind kind, String code, String field) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(RuleViolation v) {
                return v.kind() == kind && v.code().equals(code) && Objects.equals(v.field(), field)
                        && !v.messageZh().isBlank() && !v.messageEn().isBlank();
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("RuleViolation " + kind + " " + code + (field == null ? "" : " on " + field));
            }

            @Override
            protected void describeMismatchSafely(RuleViolation v, Description description) {
                description.appendText("was " + v.kind() + " " + v.code() + " on " + v.field() + ": " + v.getMessage());
            }
        };
    }
}
