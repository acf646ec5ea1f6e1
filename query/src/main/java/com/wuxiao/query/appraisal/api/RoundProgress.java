package com.wuxiao.query.appraisal.api;

import java.util.List;

/**
 * How far a round's scoring is: overall, per panel member ("2/4 done") and per proposal.
 *
 * @param scorers   panel members with tasks, in panel order
 * @param proposals in pool order
 */
public record RoundProgress(String roundId,
                            AppraisalRoundStatus status,
                            int done,
                            int assigned,
                            List<ScorerProgress> scorers,
                            List<ProposalProgress> proposals) {

    public RoundProgress {
        scorers = List.copyOf(scorers);
        proposals = List.copyOf(proposals);
    }
}
