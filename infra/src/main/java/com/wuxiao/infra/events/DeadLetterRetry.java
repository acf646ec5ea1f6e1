package com.wuxiao.infra.events;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.function.Predicate;

/**
 * The projections park an event that fails, with the later events of its aggregate, in their
 * dead-letter queue and go on with the others; so does the appraisal-outcome policy. This retries
 * the parked sequences now and then, so that a passing failure (the database restarting, a lock
 * timeout) heals without an operator; a sequence that still fails goes back to the queue, behind
 * the others, and is tried again next time. A command an aggregate refused stays parked for the
 * administrator ({@link DeadLetterPolicy#refusedByRule}): asking again would get the same answer.
 */
@Component
public class DeadLetterRetry {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterRetry.class);
    /** Sequences retried per processing group and round, so that one round stays short. */
    private static final int MAX_PER_ROUND = 100;

    private final EventProcessingConfiguration processing;

    public DeadLetterRetry(EventProcessingConfiguration processing) {
        this.processing = processing;
    }

    @Scheduled(initialDelayString = "${wuxiao.dead-letters.retry-interval:PT5M}",
            fixedDelayString = "${wuxiao.dead-letters.retry-interval:PT5M}")
    public void retryAll() {
        processing.eventProcessors().keySet().forEach(this::retry);
    }

    /**
     * Retries the group's parked sequences until one fails again; the number that succeeded. The one
     * that failed is touched, and the queue hands out the least recently touched first: next time the
     * others come before it.
     */
    public int retry(String processingGroup) {
        return retry(processingGroup, letter -> !DeadLetterPolicy.refusedByRule(letter));
    }

    /**
     * The administrator's retry: every parked sequence of the group, those an aggregate refused
     * included (the administrator may have changed what the rule looked at); the number that succeeded.
     */
    public int retryAsked(String processingGroup) {
        return retry(processingGroup, letter -> true);
    }

    private int retry(String processingGroup, Predicate<DeadLetter<? extends EventMessage<?>>> eligible) {
        Optional<SequencedDeadLetterProcessor<EventMessage<?>>> processor =
                processing.sequencedDeadLetterProcessor(processingGroup);
        if (processor.isEmpty()) {
            return 0;
        }
        int healed = 0;
        while (healed < MAX_PER_ROUND && processor.get().process(eligible)) {
            healed++;
        }
        if (healed > 0) {
            log.info("Processing group {}: {} parked event sequence(s) handled on retry", processingGroup, healed);
        }
        return healed;
    }
}
