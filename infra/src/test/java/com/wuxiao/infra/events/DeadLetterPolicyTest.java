package com.wuxiao.infra.events;

import com.wuxiao.command.common.api.RuleViolation;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.GenericDeadLetter;
import org.junit.jupiter.api.Test;

import java.sql.SQLTransientConnectionException;

import static org.assertj.core.api.Assertions.assertThat;

class DeadLetterPolicyTest {

    private final DeadLetter<EventMessage<?>> letter =
            new GenericDeadLetter<>("p-1", GenericEventMessage.asEventMessage("an event"));
    private final RuleViolation refusal = RuleViolation.conflict("already-appraised", "2025-Q1");

    @Test
    void aRefusalIsParkedWithTheRulesCodeAndBothMessagesAndLeftForTheAdministrator() {
        DeadLetter<? extends EventMessage<?>> parked = parked(letter, refusal);

        assertThat(parked.cause()).hasValueSatisfying(cause -> {
            assertThat(cause.type()).isEqualTo(RuleViolation.class.getName());
            assertThat(cause.message()).contains("不能再次评审").contains("appraised in round 2025-Q1");
        });
        assertThat(parked.diagnostics())
                .containsEntry(DeadLetterPolicy.CODE, "already-appraised")
                .containsEntry(DeadLetterPolicy.MESSAGE_ZH, "该申报已在 2025-Q1 评审中定级，不能再次评审")
                .containsEntry(DeadLetterPolicy.MESSAGE_EN, "the proposal was appraised in round 2025-Q1 already");
        assertThat(DeadLetterPolicy.refusedByRule(parked)).isTrue();
    }

    @Test
    void aRefusalWrappedOnItsWayIsFoundAndNamedAsItself() {
        DeadLetter<? extends EventMessage<?>> parked =
                parked(letter, new CommandExecutionException("command failed", refusal));

        assertThat(parked.cause()).hasValueSatisfying(
                cause -> assertThat(cause.type()).isEqualTo(RuleViolation.class.getName()));
        assertThat(parked.diagnostics()).containsEntry(DeadLetterPolicy.CODE, "already-appraised");
    }

    @Test
    void anyOtherFailureIsParkedWithItsCauseToBeTriedAgain() {
        DeadLetter<? extends EventMessage<?>> parked =
                parked(letter, new IllegalStateException("database down", new SQLTransientConnectionException()));

        assertThat(parked.cause()).hasValueSatisfying(cause -> {
            assertThat(cause.type()).isEqualTo(IllegalStateException.class.getName());
            assertThat(cause.message()).isEqualTo("database down");
        });
        assertThat(DeadLetterPolicy.refusedByRule(parked)).isFalse();
    }

    @Test
    void aRefusedLetterThatLaterFailsForAnotherReasonIsTriedAgain() {
        DeadLetter<? extends EventMessage<?>> refused = parked(letter, refusal);

        DeadLetter<? extends EventMessage<?>> failedOtherwise = parked(refused, new IllegalStateException("lock timeout"));

        assertThat(DeadLetterPolicy.refusedByRule(failedOtherwise)).isFalse();
        assertThat(failedOtherwise.diagnostics()).isEqualTo(MetaData.emptyInstance());
    }

    private static DeadLetter<? extends EventMessage<?>> parked(DeadLetter<? extends EventMessage<?>> letter,
                                                                Throwable failure) {
        EnqueueDecision<EventMessage<?>> decision = DeadLetterPolicy.POLICY.decide(letter, failure);
        assertThat(decision.shouldEnqueue()).as("every failure is parked").isTrue();
        return decision.withDiagnostics(letter.withCause(decision.enqueueCause().orElseThrow()));
    }
}
