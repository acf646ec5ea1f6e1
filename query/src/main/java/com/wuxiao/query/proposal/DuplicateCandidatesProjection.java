package com.wuxiao.query.proposal;

import com.wuxiao.command.proposal.api.ProposalRevisedEvent;
import com.wuxiao.command.proposal.api.ProposalSubmittedEvent;
import com.wuxiao.command.proposal.api.ProposalWithdrawnEvent;
import com.wuxiao.query.projection.EventColumns;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.stereotype.Component;

/**
 * Works out the duplicate candidates of a proposal once, when it is declared or revised
 * ({@link ProposalDuplicates}), so that reading them is a lookup: the proposal's page used to
 * compare it with up to 2,000 others on every call.
 * <p>
 * A processing group of its own beside {@link ProposalProjection}: the comparison takes a while,
 * and the proposal's own row must not wait for it. It keeps its own copy of the texts, so it never
 * depends on how far that projection is. Idempotent: a redelivered or older event changes nothing.
 */
@Component
@ProcessingGroup(DuplicateCandidatesProjection.PROCESSING_GROUP)
public class DuplicateCandidatesProjection {

    public static final String PROCESSING_GROUP = "proposal-duplicates";

    private final ProposalDuplicates duplicates;

    DuplicateCandidatesProjection(ProposalDuplicates duplicates) {
        this.duplicates = duplicates;
    }

    @EventHandler
    void on(ProposalSubmittedEvent e, EventMessage<?> message) {
        if (duplicates.declared(e.proposalId(), e.content(), e.submittedAt(), EventColumns.sequenceOf(message))) {
            duplicates.refresh(e.proposalId());
        }
    }

    @EventHandler
    void on(ProposalRevisedEvent e, EventMessage<?> message) {
        if (duplicates.revised(e.proposalId(), e.content(), e.revision(), EventColumns.sequenceOf(message))) {
            duplicates.refresh(e.proposalId());
        }
    }

    /** Its rows stay (they read the same); reads leave a withdrawn candidate out. */
    @EventHandler
    void on(ProposalWithdrawnEvent e) {
        duplicates.withdrawn(e.proposalId());
    }

    @ResetHandler
    void reset() {
        duplicates.reset();
    }
}
