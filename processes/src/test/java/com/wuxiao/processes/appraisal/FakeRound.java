package com.wuxiao.processes.appraisal;

import com.wuxiao.command.appraisal.api.AppraisalRoundOpenedEvent;
import com.wuxiao.command.appraisal.api.ApproveRankingCommand;
import com.wuxiao.command.appraisal.api.AssignScorersCommand;
import com.wuxiao.command.appraisal.api.Assignment;
import com.wuxiao.command.appraisal.api.ConsensusScoreRecordedEvent;
import com.wuxiao.command.appraisal.api.DecideObjectionCommand;
import com.wuxiao.command.appraisal.api.FinaliseRoundCommand;
import com.wuxiao.command.appraisal.api.NamePanelCommand;
import com.wuxiao.command.appraisal.api.ObjectionDeniedEvent;
import com.wuxiao.command.appraisal.api.ObjectionUpheldEvent;
import com.wuxiao.command.appraisal.api.OpenAppraisalRoundCommand;
import com.wuxiao.command.appraisal.api.PanelNamedEvent;
import com.wuxiao.command.appraisal.api.PoolEntry;
import com.wuxiao.command.appraisal.api.PublicityStartedEvent;
import com.wuxiao.command.appraisal.api.RankRoundCommand;
import com.wuxiao.command.appraisal.api.RankedProposal;
import com.wuxiao.command.appraisal.api.ReReviewReason;
import com.wuxiao.command.appraisal.api.ReReviewRequiredEvent;
import com.wuxiao.command.appraisal.api.RecordConsensusScoreCommand;
import com.wuxiao.command.appraisal.api.RecordScoreCommand;
import com.wuxiao.command.appraisal.api.RoundFinalisedEvent;
import com.wuxiao.command.appraisal.api.RoundOpened;
import com.wuxiao.command.appraisal.api.RoundRankedEvent;
import com.wuxiao.command.appraisal.api.ScoreRecordedEvent;
import com.wuxiao.command.appraisal.api.ScorersAssignedEvent;
import com.wuxiao.command.competition.api.Grade;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Stands in for the AppraisalRound aggregate where the process reads what a command applied: it
 * answers each accepted command with the event the round would append last. Deliberately simple
 * (every proposal is scored by the first N panel members in turn, everyone scores 80); the rules
 * themselves are tested on the aggregate.
 */
final class FakeRound implements RoundEvents {

    static final Duration PUBLICITY = Duration.ofDays(5);

    private final Map<String, Object> latest = new HashMap<>();
    /** The quarter's accepted proposals, as the command side's lookup gives them to the round. */
    private final Supplier<List<PoolEntry>> accepted;
    private List<PoolEntry> pool = List.of();
    private List<String> panel = List.of();
    private final Map<String, List<String>> scorers = new HashMap<>();
    private final Map<String, Integer> scored = new HashMap<>();
    private final Set<String> spreading = new HashSet<>();
    private final Set<String> inReReview = new HashSet<>();
    private final Map<String, String> objections = new HashMap<>();

    FakeRound(Supplier<List<PoolEntry>> accepted) {
        this.accepted = accepted;
    }

    /** The proposal's scores will spread by more than 30 points. */
    void spreads(String proposalId) {
        spreading.add(proposalId);
    }

    /** Objections are raised outside the process; the fake only needs to know their proposal. */
    void objectionRaised(String objectionId, String proposalId) {
        objections.put(objectionId, proposalId);
    }

    @Override
    public Optional<Object> latest(String roundId) {
        return Optional.ofNullable(latest.get(roundId));
    }

    /** The command's result, where the aggregate returns one. */
    Object react(Object command) {
        if (command instanceof OpenAppraisalRoundCommand open) {
            pool = List.copyOf(accepted.get());
            latest.put(open.roundId(), new AppraisalRoundOpenedEvent(open.roundId(), open.year(), open.quarter(),
                    pool, null, open.openedBy(), open.openedAt()));
            return new RoundOpened(open.roundId(), pool.size());
        } else if (command instanceof NamePanelCommand name) {
            panel = name.memberIds();
            latest.put(name.roundId(), new PanelNamedEvent(name.roundId(), List.of(), name.namedBy(), name.namedAt()));
        } else if (command instanceof AssignScorersCommand assign) {
            latest.put(assign.roundId(), assigned(assign));
        } else if (command instanceof RecordScoreCommand score) {
            latest.put(score.roundId(), scored(score));
        } else if (command instanceof RecordConsensusScoreCommand consensus) {
            inReReview.remove(consensus.proposalId());
            latest.put(consensus.roundId(), new ConsensusScoreRecordedEvent(consensus.roundId(),
                    consensus.proposalId(), consensus.feasibility(), consensus.benefit(), consensus.promotability(),
                    new BigDecimal("80.00"), consensus.recordedBy(), consensus.comment(), consensus.recordedAt()));
        } else if (command instanceof RankRoundCommand rank) {
            latest.put(rank.roundId(), new RoundRankedEvent(rank.roundId(), ranking(), rank.rankedBy(), rank.rankedAt()));
        } else if (command instanceof ApproveRankingCommand approve) {
            latest.put(approve.roundId(), new PublicityStartedEvent(approve.roundId(), approve.approvedAt(),
                    approve.approvedAt().plus(PUBLICITY)));
        } else if (command instanceof DecideObjectionCommand decide) {
            latest.put(decide.roundId(), decided(decide));
        } else if (command instanceof FinaliseRoundCommand finalise) {
            latest.put(finalise.roundId(), new RoundFinalisedEvent(finalise.roundId(), 0, 0, ranking(),
                    finalise.finalisedBy(), finalise.finalisedAt()));
        } else {
            throw new IllegalArgumentException("unexpected command " + command);
        }
        return null;
    }

    private ScorersAssignedEvent assigned(AssignScorersCommand assign) {
        List<Assignment> assignments = new ArrayList<>();
        for (int i = 0; i < pool.size(); i++) {
            List<String> picked = new ArrayList<>();
            for (int j = 0; j < assign.scorersPerProposal(); j++) {
                picked.add(panel.get((i + j) % panel.size()));
            }
            scorers.put(pool.get(i).proposalId(), picked);
            assignments.add(new Assignment(pool.get(i).proposalId(), picked));
        }
        return new ScorersAssignedEvent(assign.roundId(), assign.scorersPerProposal(), assignments,
                assign.assignedBy(), assign.assignedAt());
    }

    private Object scored(RecordScoreCommand score) {
        int count = scored.merge(score.proposalId(), 1, Integer::sum);
        if (count == scorers.get(score.proposalId()).size() && spreading.contains(score.proposalId())) {
            inReReview.add(score.proposalId());
            return new ReReviewRequiredEvent(score.roundId(), score.proposalId(), ReReviewReason.SPREAD,
                    new BigDecimal("35.50"), null, score.scoredAt());
        }
        return new ScoreRecordedEvent(score.roundId(), score.proposalId(), score.scorerId(), score.feasibility(),
                score.benefit(), score.promotability(), new BigDecimal("80.00"), score.comment(), score.scoredAt());
    }

    private Object decided(DecideObjectionCommand decide) {
        String proposalId = objections.get(decide.objectionId());
        if (!decide.upheld()) {
            return new ObjectionDeniedEvent(decide.roundId(), decide.objectionId(), proposalId, decide.decidedBy(),
                    decide.note(), decide.decidedAt());
        }
        if (inReReview.add(proposalId)) {
            return new ReReviewRequiredEvent(decide.roundId(), proposalId, ReReviewReason.OBJECTION, null,
                    decide.objectionId(), decide.decidedAt());
        }
        return new ObjectionUpheldEvent(decide.roundId(), decide.objectionId(), proposalId, decide.decidedBy(),
                decide.note(), decide.decidedAt());
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
