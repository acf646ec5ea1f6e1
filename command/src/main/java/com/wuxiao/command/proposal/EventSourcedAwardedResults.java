package com.wuxiao.command.proposal;

import com.wuxiao.command.proposal.api.AcceptedProposal;
import com.wuxiao.command.proposal.api.AwardedResult;
import com.wuxiao.command.common.UnitsOfWork;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.function.Function;

/**
 * Awarded results, and proposals accepted at screening, as the {@link Proposal} aggregates say, read through Axon's repository: the
 * truth at the moment of the command, not a possibly lagging read model. Meant to be called from a
 * command handler (inside its unit of work); a call from outside gets a unit of work of its own.
 */
@Component
public class EventSourcedAwardedResults implements AwardedResults, AcceptedProposals {

    private final Repository<Proposal> repository;

    public EventSourcedAwardedResults(Repository<Proposal> repository) {
        this.repository = repository;
    }

    @Override
    public Optional<AwardedResult> find(String proposalId) {
        return UnitsOfWork.within(() -> load(proposalId, Proposal::awardedResult));
    }

    @Override
    public Optional<AcceptedProposal> accepted(String proposalId) {
        return UnitsOfWork.within(() -> load(proposalId, Proposal::acceptedProposal));
    }

    private <T> Optional<T> load(String proposalId, Function<Proposal, Optional<T>> answer) {
        try {
            return repository.load(proposalId).invoke(answer);
        } catch (AggregateNotFoundException e) {
            return Optional.empty();
        }
    }
}
