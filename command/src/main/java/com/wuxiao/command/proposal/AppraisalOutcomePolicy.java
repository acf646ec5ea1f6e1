package com.wuxiao.command.proposal;

import com.wuxiao.command.appraisal.api.RankedProposal;
import com.wuxiao.command.appraisal.api.RoundFinalisedEvent;
import com.wuxiao.command.common.api.RuleViolation;
import com.wuxiao.command.proposal.api.RecordAppraisalResultCommand;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.stereotype.Component;

/**
 * Carries a finalised round's results to the proposals: one {@link RecordAppraisalResultCommand}
 * per result, NONE included, so each proposal ends AWARDED or NOT_AWARDED.
 *
 * <p>Commands are sent synchronously inside the processor's transaction. A proposal that refuses its
 * result (say it was appraised in another round) is parked on its own, with the reason
 * ({@link RefusedResults}), and the round's other proposals still get theirs. Any other failure (the
 * database) fails the event: the group's dead-letter queue parks it and the retry sends the round's
 * results again, which proposals done before ignore. A replay must not send commands, hence
 * {@link DisallowReplay}.
 */
@Component
@ProcessingGroup(AppraisalOutcomePolicy.PROCESSING_GROUP)
@DisallowReplay
public class AppraisalOutcomePolicy {

    public static final String PROCESSING_GROUP = "proposal-appraisal-outcome";

    private final CommandGateway commands;
    private final RefusedResults refused;

    public AppraisalOutcomePolicy(CommandGateway commands, RefusedResults refused) {
        this.commands = commands;
        this.refused = refused;
    }

    /**
     * @param refusedProposalId set only on a parked result the dead-letter retry hands back: then only
     *                          that proposal's result is sent, and a refusal again keeps it parked
     */
    @EventHandler
    public void on(RoundFinalisedEvent event, EventMessage<?> message,
                   @MetaDataValue(RefusedResults.PROPOSAL) String refusedProposalId) {
        if (refusedProposalId != null) {
            event.results().stream().filter(result -> result.proposalId().equals(refusedProposalId))
                    .forEach(result -> record(event, result));
            return;
        }
        for (RankedProposal result : event.results()) {
            try {
                record(event, result);
            } catch (RuleViolation refusal) {
                refused.park(message, result.proposalId(), refusal);
            }
        }
    }

    private void record(RoundFinalisedEvent event, RankedProposal result) {
        commands.sendAndWait(new RecordAppraisalResultCommand(result.proposalId(), event.roundId(),
                result.grade(), result.finalScore(), result.rank(), event.finalisedAt()));
    }
}
