package com.wuxiao.command.appraisal;

import com.wuxiao.command.appraisal.api.ObjectionDeniedEvent;
import com.wuxiao.command.appraisal.api.ObjectionRaisedEvent;
import com.wuxiao.command.appraisal.api.ObjectionUpheldEvent;
import com.wuxiao.command.common.api.RuleViolation;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

import static com.wuxiao.command.appraisal.AppraisalTestData.ROUND;
import static com.wuxiao.command.appraisal.AppraisalTestData.T_APPROVE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The objections' member on its own; raising and deciding through the round are in ObjectionTest. */
class RoundObjectionsTest {

    private final RoundObjections objections = new RoundObjections();

    private void raised(String objectionId, String proposalId) {
        objections.on(new ObjectionRaisedEvent(ROUND, objectionId, proposalId, "w9", "雷同", T_APPROVE));
    }

    private static void refused(ThrowingCallable call, RuleViolation.Kind kind, String code) {
        assertThatThrownBy(call).isInstanceOfSatisfying(RuleViolation.class, v -> {
            assertThat(v.kind()).isEqualTo(kind);
            assertThat(v.code()).isEqualTo(code);
        });
    }

    @Test
    void aRaisedObjectionIsUndecidedUntilDeniedOrUpheld() {
        raised("o-1", "p-1");
        raised("o-2", "p-2");
        raised("o-3", "p-2");

        assertThat(objections.requireUndecided("o-2")).isEqualTo("p-2");
        refused(objections::requireAllDecided, RuleViolation.Kind.CONFLICT, "undecided-objections");

        objections.on(new ObjectionDeniedEvent(ROUND, "o-1", "p-1", "leader", null, T_APPROVE));
        objections.on(new ObjectionUpheldEvent(ROUND, "o-2", "p-2", "leader", null, T_APPROVE));

        assertThat(objections.requireUndecided("o-3")).isEqualTo("p-2");
        refused(objections::requireAllDecided, RuleViolation.Kind.CONFLICT, "undecided-objections");
        refused(() -> objections.requireUndecided("o-1"), RuleViolation.Kind.CONFLICT, "objection-already-decided");
        refused(() -> objections.requireUndecided("o-2"), RuleViolation.Kind.CONFLICT, "objection-already-decided");

        objections.on(new ObjectionDeniedEvent(ROUND, "o-3", "p-2", "leader", null, T_APPROVE));
        objections.requireAllDecided();
    }

    @Test
    void anObjectionNeverRaisedIsNotFound() {
        raised("o-1", "p-1");

        refused(() -> objections.requireUndecided("o-9"), RuleViolation.Kind.NOT_FOUND, "unknown-objection");
        refused(() -> objections.requireUndecided(null), RuleViolation.Kind.NOT_FOUND, "unknown-objection");
    }

    @Test
    void anObjectionIdIsUsedOnceEvenAfterItsDecision() {
        raised("o-1", "p-1");
        objections.on(new ObjectionDeniedEvent(ROUND, "o-1", "p-1", "leader", null, T_APPROVE));

        refused(() -> objections.requireNew("o-1"), RuleViolation.Kind.CONFLICT, "duplicate-objection");
        refused(() -> objections.requireNew(" "), RuleViolation.Kind.INVALID, "required");
        objections.requireNew("o-2");
    }
}
