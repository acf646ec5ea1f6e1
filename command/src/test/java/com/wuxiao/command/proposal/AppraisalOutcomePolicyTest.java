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
import org.axonframework.config.Configuration;
import org.axonframework.config.Configurer;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AppraisalOutcomePolicyTest {

    private static final Instant FINALISED = Instant.parse("2025-04-08T02:00:00Z");

    private final RecordingGateway gateway = new RecordingGateway();
    private final AppraisalOutcomePolicy policy = new AppraisalOutcomePolicy(gateway);

    private static RoundFinalisedEvent finalised(RankedProposal... results) {
        return new RoundFinalisedEvent("2025-Q1", 2025, 1, List.of(results), "leader", FINALISED);
    }

    @Test
    void everyResultBecomesOneCommandNoneIncluded() {
        policy.on(finalised(
                new RankedProposal("p-1", "ZC1", new BigDecimal("91.20"), 1, Grade.FIRST),
                new RankedProposal("p-2", "JJ2", new BigDecimal("75.00"), 2, Grade.MERIT),
                new RankedProposal("p-3", "ZC1", new BigDecimal("75.00"), 2, Grade.MERIT),
                new RankedProposal("p-4", "JJ2", new BigDecimal("58.35"), 4, Grade.NONE)));

        assertThat(gateway.sent).containsExactly(
                new RecordAppraisalResultCommand("p-1", "2025-Q1", Grade.FIRST, new BigDecimal("91.20"), 1, FINALISED),
                new RecordAppraisalResultCommand("p-2", "2025-Q1", Grade.MERIT, new BigDecimal("75.00"), 2, FINALISED),
                new RecordAppraisalResultCommand("p-3", "2025-Q1", Grade.MERIT, new BigDecimal("75.00"), 2, FINALISED),
                new RecordAppraisalResultCommand("p-4", "2025-Q1", Grade.NONE, new BigDecimal("58.35"), 4, FINALISED));
    }

    @Test
    void anEmptyRoundSendsNothing() {
        policy.on(finalised());

        assertThat(gateway.sent).isEmpty();
    }

    /** The processor then rolls back and retries the whole event; done proposals ignore their round. */
    @Test
    void aRejectedCommandFailsTheEvent() {
        gateway.rejected = "p-2";

        assertThatThrownBy(() -> policy.on(finalised(
                new RankedProposal("p-1", "ZC1", new BigDecimal("91.20"), 1, Grade.FIRST),
                new RankedProposal("p-2", "JJ2", new BigDecimal("75.00"), 2, Grade.MERIT),
                new RankedProposal("p-3", "ZC1", new BigDecimal("60.00"), 3, Grade.MERIT))))
                .isInstanceOf(RuleViolation.class);
        assertThat(gateway.sent).extracting(RecordAppraisalResultCommand::proposalId).containsExactly("p-1");
    }

    @Test
    void theProcessingGroupPropagatesErrors() {
        Configurer configurer = DefaultConfigurer.defaultConfiguration();
        new AppraisalOutcomeConfiguration().appraisalOutcomeErrorHandling().configureModule(configurer);
        Configuration configuration = configurer.buildConfiguration();

        assertThat(configuration.eventProcessingConfiguration()
                .listenerInvocationErrorHandler(AppraisalOutcomePolicy.PROCESSING_GROUP))
                .isSameAs(PropagatingErrorHandler.instance());
    }

    /** Records what the policy sends synchronously; fails the command of one proposal if told to. */
    private static final class RecordingGateway implements CommandGateway {

        final List<RecordAppraisalResultCommand> sent = new ArrayList<>();
        String rejected;

        @Override
        public <R> R sendAndWait(Object command) {
            RecordAppraisalResultCommand result = (RecordAppraisalResultCommand) command;
            if (result.proposalId().equals(rejected)) {
                throw RuleViolation.conflict("proposal-not-accepted", "未通过初审", "not accepted");
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
