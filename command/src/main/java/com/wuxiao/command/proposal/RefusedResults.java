package com.wuxiao.command.proposal;

import com.wuxiao.command.common.api.RuleViolation;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.GenericDeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.axonframework.messaging.deadletter.ThrowableCause;
import org.springframework.stereotype.Component;

/**
 * Parks one result of a finalised round that its proposal refused, in the dead-letter queue of
 * {@link AppraisalOutcomePolicy}: the round's event, marked with the proposal ({@value #PROPOSAL}),
 * in a sequence of the proposal's own, so nothing else waits behind it. The group's enqueue policy
 * shapes the letter as it would any failure of the group, reason included. Runs in the processor's
 * transaction: if the batch rolls back, so does the letter, and the event is handled again.
 */
@Component
class RefusedResults {

    /** Meta-data key of a parked result: the proposal that refused it. */
    static final String PROPOSAL = "refusedProposalId";

    private final EventProcessingConfiguration processing;

    RefusedResults(EventProcessingConfiguration processing) {
        this.processing = processing;
    }

    void park(EventMessage<?> event, String proposalId, RuleViolation refusal) {
        String group = AppraisalOutcomePolicy.PROCESSING_GROUP;
        SequencedDeadLetterQueue<EventMessage<?>> queue = processing.deadLetterQueue(group)
                .orElseThrow(() -> new IllegalStateException("processing group " + group
                        + " has no dead-letter queue to park the refused result of " + proposalId, refusal));
        EventMessage<?> result = event.andMetaData(MetaData.with(PROPOSAL, proposalId));
        DeadLetter<EventMessage<?>> letter = new GenericDeadLetter<>(proposalId, result, refusal);
        EnqueueDecision<EventMessage<?>> decision = processing.deadLetterPolicy(group)
                .map(policy -> policy.decide(letter, refusal))
                .orElseGet(() -> Decisions.enqueue(ThrowableCause.truncated(refusal)));
        if (decision.shouldEnqueue()) {
            queue.enqueue(proposalId, decision.withDiagnostics(letter.withCause(decision.enqueueCause().orElse(refusal))));
        }
    }
}
