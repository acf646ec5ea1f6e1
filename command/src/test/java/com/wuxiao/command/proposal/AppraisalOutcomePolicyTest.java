package com.wuxiao.command.proposal;

import com.wuxiao.command.appraisal.api.RankedProposal;
import com.wuxiao.command.appraisal.api.RoundFinalisedEvent;
import com.wuxiao.command.common.api.RuleViolation;
import com.wuxiao.command.competition.api.Grade;
import com.wuxiao.command.proposal.api.RecordAppraisalResultCommand;
import org.axonframework.commandhandling.CommandCallback;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.Registration;
import org.axonframework.config.Configurer;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.InMemorySequencedDeadLetterQueue;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The policy against a real Axon configuration with an in-memory dead-letter queue for its group:
 * what it sends, what it parks, and what it lets fail.
 */
class AppraisalOutcomePolicyTest {

    private static final Instant FINALISED = Instant.parse("2025-04-08T02:00:00Z");
    private static final String GROUP = AppraisalOutcomePolicy.PROCESSING_GROUP;

    private final RecordingGateway gateway = new RecordingGateway();
    private final SequencedDeadLetterQueue<EventMessage<?>> parked = InMemorySequencedDeadLetterQueue.defaultQueue();
    private final AppraisalOutcomePolicy policy = new AppraisalOutcomePolicy(gateway, new RefusedResults(processing()));

    private EventProcessingConfiguration processing() {
        Configurer configurer = DefaultConfigurer.defaultConfiguration();
        configurer.eventProcessing().registerDeadLetterQueue(GROUP, configuration -> parked);
        return configurer.buildConfiguration().eventProcessingConfiguration();
    }

    private static RoundFinalisedEvent finalised(RankedProposal... results) {
        return new RoundFinalisedEvent("2025-Q1", 2025, 1, List.of(results), "leader", FINALISED);
    }

    private static final RoundFinalisedEvent THREE = finalised(
            new RankedProposal("p-1", "ZC1", new BigDecimal("91.20"), 1, Grade.FIRST),
            new RankedProposal("p-2", "JJ2", new BigDecimal("75.00"), 2, Grade.MERIT),
            new RankedProposal("p-3", "ZC1", new BigDecimal("60.00"), 3, Grade.MERIT));

    private void handle(RoundFinalisedEvent event) {
        policy.on(event, GenericEventMessage.asEventMessage(event), null);
    }

    @Test
    void everyResultBecomesOneCommandNoneIncluded() {
        handle(finalised(
                new RankedProposal("p-1", "ZC1", new BigDecimal("91.20"), 1, Grade.FIRST),
                new RankedProposal("p-2", "JJ2", new BigDecimal("75.00"), 2, Grade.MERIT),
                new RankedProposal("p-3", "ZC1", new BigDecimal("75.00"), 2, Grade.MERIT),
                new RankedProposal("p-4", "JJ2", new BigDecimal("58.35"), 4, Grade.NONE)));

        assertThat(gateway.sent).containsExactly(
                new RecordAppraisalResultCommand("p-1", "2025-Q1", Grade.FIRST, new BigDecimal("91.20"), 1, FINALISED),
                new RecordAppraisalResultCommand("p-2", "2025-Q1", Grade.MERIT, new BigDecimal("75.00"), 2, FINALISED),
                new RecordAppraisalResultCommand("p-3", "2025-Q1", Grade.MERIT, new BigDecimal("75.00"), 2, FINALISED),
                new RecordAppraisalResultCommand("p-4", "2025-Q1", Grade.NONE, new BigDecimal("58.35"), 4, FINALISED));
        assertThat(parked.size()).isZero();
    }

    @Test
    void anEmptyRoundSendsNothing() {
        handle(finalised());

        assertThat(gateway.sent).isEmpty();
    }

    @Test
    void aRefusedResultIsParkedWithItsReasonAndTheRoundsOtherResultsAreSent() {
        gateway.refused = "p-2";

        handle(THREE);

        assertThat(gateway.sent).extracting(RecordAppraisalResultCommand::proposalId).containsExactly("p-1", "p-3");
        assertThat(parked.amountOfSequences()).isOne();
        DeadLetter<? extends EventMessage<?>> letter = parked.deadLetterSequence("p-2").iterator().next();
        assertThat(letter.message().getPayload()).isEqualTo(THREE);
        assertThat(letter.message().getMetaData()).containsEntry(RefusedResults.PROPOSAL, "p-2");
        assertThat(letter.cause()).hasValueSatisfying(cause -> {
            assertThat(cause.type()).isEqualTo(RuleViolation.class.getName());
            assertThat(cause.message())
                    .isEqualTo("该申报已在 2025-Q1 评审中定级，不能再次评审 / the proposal was appraised in round 2025-Q1 already");
        });
    }

    @Test
    void aParkedResultHandedBackSendsOnlyItsProposalAndARefusalAgainFails() {
        EventMessage<?> letter = GenericEventMessage.asEventMessage(THREE)
                .andMetaData(Map.of(RefusedResults.PROPOSAL, "p-2"));
        gateway.refused = "p-2";

        assertThatThrownBy(() -> policy.on(THREE, letter, "p-2")).isInstanceOf(RuleViolation.class);
        assertThat(parked.size()).as("the dead-letter queue keeps the letter itself").isZero();

        gateway.refused = null;
        policy.on(THREE, letter, "p-2");
        assertThat(gateway.sent).extracting(RecordAppraisalResultCommand::proposalId).containsExactly("p-2");
    }

    /** The dead-letter queue then parks the whole event; its retry sends the round again, done ones ignore it. */
    @Test
    void anyOtherFailureFailsTheEvent() {
        gateway.broken = "p-2";

        assertThatThrownBy(() -> handle(THREE)).isInstanceOf(IllegalStateException.class);

        assertThat(gateway.sent).extracting(RecordAppraisalResultCommand::proposalId).containsExactly("p-1");
        assertThat(parked.size()).isZero();
    }

    /** Records what the policy sends synchronously; refuses or fails the command of one proposal if told to. */
    private static final class RecordingGateway implements CommandGateway {

        final List<RecordAppraisalResultCommand> sent = new ArrayList<>();
        /** The proposal that refuses its result. */
        String refused;
        /** The proposal whose command fails for another reason (as a database error would). */
        String broken;

        @Override
        public <R> R sendAndWait(Object command) {
            RecordAppraisalResultCommand result = (RecordAppraisalResultCommand) command;
            if (result.proposalId().equals(refused)) {
                throw RuleViolation.conflict("already-appraised", "2025-Q1");
            }
            if (result.proposalId().equals(broken)) {
                throw new IllegalStateException("connection lost");
            }
            sent.add(result);
            return null;
        }

        @Override
        public <R> R sendAndWait(Object command, long timeout, TimeUnit unit) {
            return sendAndWait(command);
        }

        @Override
        public <C, R> void send(C command, CommandCallback<? super C, ? super R> callback) {
            throw new UnsupportedOperationException("the policy sends synchronously");
        }

        @Override
        public <R> CompletableFuture<R> send(Object command) {
            throw new UnsupportedOperationException("the policy sends synchronously");
        }

        @Override
        public Registration registerDispatchInterceptor(
                MessageDispatchInterceptor<? super CommandMessage<?>> dispatchInterceptor) {
            throw new UnsupportedOperationException();
        }
    }
}
