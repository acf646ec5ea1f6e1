package com.wuxiao.command.proposal;

import com.wuxiao.command.appraisal.api.RankedProposal;
import com.wuxiao.command.appraisal.api.RoundFinalisedEvent;
import com.wuxiao.command.proposal.api.RecordAppraisalResultCommand;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * Carries a finalised round's results to the proposals: one {@link RecordAppraisalResultCommand}
 * per result, NONE included, so each proposal ends AWARDED or NOT_AWARDED.
 *
 * <p>Commands are sent synchronously inside the processor's transaction: a failure propagates
 * ({@link AppraisalOutcomeConfiguration}), rolls back the batch with its token, and the processor
 * retries the event; proposals done before the failure see their round again and ignore it. A
 * replay must not send commands, hence {@link DisallowReplay}.
 */
@Component
@ProcessingGroup(AppraisalOutcomePolicy.PROCESSING_GROUP)
@DisallowReplay
public class AppraisalOutcomePolicy {

    public static final String PROCESSING_GROUP = "proposal-appraisal-outcome";

    private final CommandGateway commands;

    public AppraisalOutcomePolicy(CommandGateway commands) {
        this.commands = commands;
    }

    @EventHandler
    public void on(RoundFinalisedEvent event) {
        for (RankedProposal result : event.results()) {
            commands.sendAndWait(new RecordAppraisalResultCommand(result.proposalId(), event.roundId(),
                    result.grade(), result.finalScore(), result.rank(), event.finalisedAt()));
        }
    }
}
