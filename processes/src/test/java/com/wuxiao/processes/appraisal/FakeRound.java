package com.wuxiao.processes.appraisal;

import com.wuxiao.command.appraisal.api.ApproveRankingCommand;
import com.wuxiao.command.appraisal.api.AssignScorersCommand;
import com.wuxiao.command.appraisal.api.Assignment;
import com.wuxiao.command.appraisal.api.AssignmentOutcome;
import com.wuxiao.command.appraisal.api.DecideObjectionCommand;
import com.wuxiao.command.appraisal.api.FinaliseRoundCommand;
import com.wuxiao.command.appraisal.api.NamePanelCommand;
import com.wuxiao.command.appraisal.api.ObjectionDecisionOutcome;
import com.wuxiao.command.appraisal.api.OpenAppraisalRoundCommand;
import com.wuxiao.command.appraisal.api.PoolEntry;
import com.wuxiao.command.appraisal.api.PublicityPeriod;
import com.wuxiao.command.appraisal.api.RankRoundCommand;
import com.wuxiao.command.appraisal.api.RankedProposal;
import com.wuxiao.command.appraisal.api.RankingOutcome;
import com.wuxiao.command.appraisal.api.ReReviewDue;
import com.wuxiao.command.appraisal.api.ReReviewReason;
import com.wuxiao.command.appraisal.api.RecordConsensusScoreCommand;
import com.wuxiao.command.appraisal.api.RecordScoreCommand;
import com.wuxiao.command.appraisal.api.RoundOpened;
import com.wuxiao.command.appraisal.api.ScoreOutcome;
import com.wuxiao.command.competition.api.Grade;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Stands in for the AppraisalRound aggregate: it answers each accepted command with what the
 * round's handler would return (nothing where the process needs nothing back). Deliberately simple
 * (every proposal is scored by the first N panel members in turn, everyone scores 80); the rules
 * themselves, and the answers to repeated process commands, are tested on the aggregate.
 */
final class FakeRound {

    static final Duration PUBLICITY = Duration.ofDays(5);

    /** The quarter's accepted proposals, as the command side's lookup gives them to the round. */
    private final Supplier<List<PoolEntry>> accepted;
    private List<PoolEntry> pool = List.of();
    private List<String> panel = List.of();
    private final Map<String, List<String>> scorers = new HashMap<>();
    private final Map<String, Integer> scored = new HashMap<>();
    private final Set<String> spreading = new HashSet<>();
    private final Set<String> inReReview = new HashSet<>();
    private final Map<String, String> objections = new HashMap<>();

    /** The proposal's scores will spread by more than 30 points. */
    void spreads(String proposalId) {
        spreading.add(proposalId);
    }

    FakeRound(Supplier<List<PoolEntry>> accepted) {
        this.accepted = accepted;
    }

    /** Objections are raised outside the process; the fake only needs to know their proposal. */
    void objectionRaised(String objectionId, String proposalId) {
        objections.put(objectionId, proposalId);
    }

    Object answer(Object command) {
        if (command instanceof OpenAppraisalRoundCommand open) {
            pool = List.copyOf(accepted.get());
            return new RoundOpened(open.roundId(), pool.size());
        } else if (command instanceof NamePanelCommand name) {
            panel = name.memberIds();
            return null;
        } else if (command instanceof AssignScorersCommand assign) {
            return assigned(assign);
        } else if (command instanceof RecordScoreCommand score) {
            return scored(score);
        } else if (command instanceof RecordConsensusScoreCommand consensus) {
            inReReview.remove(consensus.proposalId());
            return null;
        } else if (command instanceof RankRoundCommand) {
            return new RankingOutcome(ranking());
        } else if (command instanceof ApproveRankingCommand approve) {
            return new PublicityPeriod(approve.approvedAt(), approve.approvedAt().plus(PUBLICITY));
        } else if (command instanceof DecideObjectionCommand decide) {
            return decided(decide);
        } else if (command instanceof FinaliseRoundCommand) {
            return null;
        }
        throw new IllegalArgumentException("unexpected command " + command);
    }

    private AssignmentOutcome assigned(AssignScorersCommand assign) {
        List<Assignment> assignments = new ArrayList<>();
        for (int i = 0; i < pool.size(); i++) {
            List<String> picked = new ArrayList<>();
            for (int j = 0; j < assign.scorersPerProposal(); j++) {
                picked.add(panel.get((i + j) % panel.size()));
            }
            scorers.put(pool.get(i).proposalId(), picked);
            assignments.add(new Assignment(pool.get(i).proposalId(), picked));
        }
        return new AssignmentOutcome(assignments);
    }

    private ScoreOutcome scored(RecordScoreCommand score) {
        int count = scored.merge(score.proposalId(), 1, Integer::sum);
        if (count == scorers.get(score.proposalId()).size() && spreading.contains(score.proposalId())) {
            inReReview.add(score.proposalId());
            return new ScoreOutcome(new ReReviewDue(score.proposalId(), ReReviewReason.SPREAD,
                    new BigDecimal("35.50"), null));
        }
        return ScoreOutcome.recorded();
    }

    private ObjectionDecisionOutcome decided(DecideObjectionCommand decide) {
        String proposalId = objections.get(decide.objectionId());
        if (!decide.upheld()) {
            return new ObjectionDecisionOutcome(decide.objectionId(), proposalId, false, null);
        }
        ReReviewDue reReview = inReReview.add(proposalId)
                ? new ReReviewDue(proposalId, ReReviewReason.OBJECTION, null, decide.objectionId())
                : null;
        return new ObjectionDecisionOutcome(decide.objectionId(), proposalId, true, reReview);
    }

    private List<RankedProposal> ranking() {
        List<RankedProposal> ranking = new ArrayList<>();
        for (int i = 0; i < pool.size(); i++) {
            ranking.add(new RankedProposal(pool.get(i).proposalId(), pool.get(i).unitId(), new BigDecimal("80.00"),
                    i + 1, i == 0 ? Grade.FIRST : Grade.MERIT));
        }
        return ranking;
    }
}
