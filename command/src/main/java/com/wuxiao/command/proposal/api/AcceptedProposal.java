package com.wuxiao.command.proposal.api;

import java.util.List;

/**
 * A proposal that passed the monthly screening (ACCEPTED, and after the appraisal AWARDED or
 * NOT_AWARDED): one whose costs the innovation fund may reimburse.
 *
 * @param authors in the proposal's order with their shares
 */
public record AcceptedProposal(String proposalId,
                               String title,
                               String unitId,
                               String categoryCode,
                               int competitionYear,
                               List<Author> authors) {

    public AcceptedProposal {
        authors = List.copyOf(authors);
    }

    public boolean authoredBy(String workerId) {
        return authors.stream().anyMatch(a -> a.workerId().equals(workerId));
    }
}
