package com.wuxiao.infra.events;

import com.wuxiao.command.common.api.RuleViolation;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.EnqueuePolicy;
import org.axonframework.messaging.deadletter.ThrowableCause;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How every dead-letter queue parks a failed event: always, with its cause; if an aggregate refused
 * a policy's command, with the rule's code and its Chinese and English message in the letter's
 * diagnostics, for the administrator ({@link DeadLettersController}). A refusal is the aggregate's
 * decision and does not change by asking again, so {@link DeadLetterRetry} leaves such letters
 * parked; every other cause (a database error, a lock timeout) is tried again.
 */
@Configuration(proxyBeanMethods = false)
class DeadLetterPolicy {

    static final String CODE = "ruleCode";
    static final String MESSAGE_ZH = "ruleMessageZh";
    static final String MESSAGE_EN = "ruleMessageEn";
    private static final Set<String> RULE_KEYS = Set.of(CODE, MESSAGE_ZH, MESSAGE_EN);

    static final EnqueuePolicy<EventMessage<?>> POLICY = DeadLetterPolicy::decide;

    @Bean
    ConfigurerModule defaultDeadLetterPolicy() {
        return configurer -> configurer.eventProcessing().registerDefaultDeadLetterPolicy(configuration -> POLICY);
    }

    private static EnqueueDecision<EventMessage<?>> decide(DeadLetter<? extends EventMessage<?>> letter, Throwable cause) {
        Optional<RuleViolation> refusal = ruleViolationIn(cause);
        if (refusal.isEmpty()) {
            return Decisions.enqueue(ThrowableCause.truncated(cause),
                    parked -> parked.diagnostics().withoutKeys(RULE_KEYS));
        }
        RuleViolation violation = refusal.get();
        return Decisions.enqueue(ThrowableCause.truncated(violation), parked -> parked.diagnostics().mergedWith(
                Map.of(CODE, violation.code(), MESSAGE_ZH, violation.messageZh(), MESSAGE_EN, violation.messageEn())));
    }

    /** Whether an aggregate's rule refused what the letter's handler asked of it. */
    static boolean refusedByRule(DeadLetter<?> letter) {
        return letter.diagnostics().containsKey(CODE);
    }

    static Optional<String> diagnostic(MetaData diagnostics, String key) {
        return Optional.ofNullable(diagnostics.get(key)).map(String::valueOf);
    }

    private static Optional<RuleViolation> ruleViolationIn(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof RuleViolation violation) {
                return Optional.of(violation);
            }
        }
        return Optional.empty();
    }
}
