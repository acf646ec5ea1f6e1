package com.wuxiao.command.appraisal;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.wuxiao.command.appraisal.api.AppraisalLimits;
import com.wuxiao.command.appraisal.api.AppraisalRoundOpenedEvent;
import com.wuxiao.command.appraisal.api.ConsensusScoreRecordedEvent;
import com.wuxiao.command.appraisal.api.PanelSeat;
import com.wuxiao.command.appraisal.api.PoolEntry;
import com.wuxiao.command.appraisal.api.RankedProposal;
import com.wuxiao.command.appraisal.api.ReReviewDue;
import com.wuxiao.command.appraisal.api.ReReviewReason;
import com.wuxiao.command.appraisal.api.ReReviewRequiredEvent;
import com.wuxiao.command.appraisal.api.ScoreOutcome;
import com.wuxiao.command.appraisal.api.ScoreRecordedEvent;
import com.wuxiao.command.appraisal.api.ScorersAssignedEvent;
import com.wuxiao.command.common.SnapshotState;
import com.wuxiao.command.common.api.ProcessCommand;
import com.wuxiao.command.common.api.RuleViolation;
import com.wuxiao.command.competition.api.GradeQuotas;
import com.wuxiao.command.identity.api.Actor;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import static com.wuxiao.command.common.api.RuleViolation.both;

/**
 * The scores of a round's pool: who scores which proposal, the scores given, consensus re-reviews
 * and the ranking they make. A member of {@link AppraisalRound}: it keeps its state from the round's
 * events itself and checks the scoring rules for the round's command handlers, which apply the events.
 *
 * <p>It also remembers the score and consensus commands processes sent, by their deterministic ids,
 * and which of those scores made a re-review due: a repeat applies nothing and gets the first answer.
 */
@SnapshotState
final class RoundScoring {

    private static final BigDecimal MAX_SPREAD = BigDecimal.valueOf(AppraisalLimits.MAX_SPREAD);

    /** By proposal id, in pool order. */
    private final Map<String, Scores> proposals = new LinkedHashMap<>();
    /** The re-reviews that scores sent by a process made due, by the process command's id. */
    private final Map<String, ReReviewDue> reReviewsByCommand = new HashMap<>();

    /** The scoring state of one proposal of the pool. */
    @SnapshotState
    private static final class Scores {
        final PoolEntry entry;
        List<String> scorers = List.of();
        final Set<String> scoredBy = new HashSet<>();
        /** The scorers' weighted scores, or the one consensus score that replaced them. */
        List<BigDecimal> weighted = new ArrayList<>();
        boolean inReReview;
        /** The process command of its latest score, if a process sent it: a spread re-review is that command's doing. */
        String latestScoreCommand;

        @JsonCreator
        Scores(@JsonProperty("entry") PoolEntry entry) {
            this.entry = entry;
        }

        boolean open() {
            return inReReview || scorers.isEmpty() || !scoredBy.containsAll(scorers);
        }

        /** By value: Axon's fixtures compare the state built by commands with the state sourced from events. */
        @Override
        public boolean equals(Object o) {
            return o instanceof Scores other && entry.equals(other.entry) && scorers.equals(other.scorers)
                    && scoredBy.equals(other.scoredBy) && weighted.equals(other.weighted)
                    && inReReview == other.inReReview && Objects.equals(latestScoreCommand, other.latestScoreCommand);
        }

        @Override
        public int hashCode() {
            return Objects.hash(entry, scorers, scoredBy, weighted, inReReview, latestScoreCommand);
        }
    }

    // --- rules, asked by the round's command handlers before they apply ---------------------------

    /** The outcome a score command of a process got when it was applied; what its repeat gets. */
    ScoreOutcome outcomeOf(String processCommandId) {
        return new ScoreOutcome(reReviewsByCommand.get(processCommandId));
    }

    List<PoolEntry> pool() {
        return proposals.values().stream().map(scores -> scores.entry).toList();
    }

    PoolEntry entry(String proposalId) {
        return proposal(proposalId).entry;
    }

    /** Refuses a score of anyone not assigned to the proposal (before the scorer is even looked up). */
    void requireAssigned(String proposalId, String scorerId) {
        if (scorerId == null || !proposal(proposalId).scorers.contains(scorerId)) {
            throw RuleViolation.forbidden("not-assigned");
        }
    }

    /**
     * Refuses a score the assigned scorer may not give now. The conflict of interest is checked again
     * here: the person may have moved to the proposal's unit since they were assigned.
     */
    void requireFreeToScore(String proposalId, Actor scorer, PanelSeat seat) {
        Scores scores = proposal(proposalId);
        ConflictOfInterest.of(scores.entry, scorer.userId(), scorer.unitId())
                .or(() -> seat == null ? Optional.empty() : ConflictOfInterest.of(scores.entry, seat.userId(), seat.unitId()))
                .ifPresent(r -> {
                    throw RuleViolation.forbidden("conflict-of-interest", both(r.zh, r.en));
                });
        if (scores.inReReview) {
            throw RuleViolation.conflict("in-re-review");
        }
        if (scores.scoredBy.contains(scorer.userId())) {
            throw RuleViolation.conflict("already-scored");
        }
    }

    /**
     * The spread that sends the proposal to re-review if this weighted score, still to be applied,
     * is its last one and the scores then lie more than 30 points apart; else empty.
     */
    Optional<BigDecimal> spreadBeyondLimit(String proposalId, BigDecimal weighted) {
        Scores scores = proposal(proposalId);
        if (scores.scoredBy.size() + 1 != scores.scorers.size()) {
            return Optional.empty();
        }
        List<BigDecimal> all = new ArrayList<>(scores.weighted);
        all.add(weighted);
        BigDecimal spread = Scoring.spread(all);
        return spread.compareTo(MAX_SPREAD) > 0 ? Optional.of(spread) : Optional.empty();
    }

    void requireInReReview(String proposalId) {
        if (!inReReview(proposalId)) {
            throw RuleViolation.conflict("not-in-re-review");
        }
    }

    boolean inReReview(String proposalId) {
        return proposal(proposalId).inReReview;
    }

    /** The round is finalised only once no proposal is in re-review. */
    void requireNoneInReReview() {
        if (proposals.values().stream().anyMatch(scores -> scores.inReReview)) {
            throw RuleViolation.conflict("re-review-pending");
        }
    }

    /** Final scores and grades by quota, best first; only once every proposal is fully scored and none is in re-review. */
    List<RankedProposal> rank(GradeQuotas quotas) {
        long open = proposals.values().stream().filter(Scores::open).count();
        if (open > 0) {
            throw RuleViolation.conflict("scoring-open", open);
        }
        Map<String, BigDecimal> finalScores = new LinkedHashMap<>();
        proposals.forEach((id, scores) -> finalScores.put(id, Scoring.finalScore(scores.weighted)));
        return Grading.grade(finalScores, quotas).stream()
                .map(r -> new RankedProposal(r.proposalId(), proposals.get(r.proposalId()).entry.unitId(),
                        r.finalScore(), r.rank(), r.grade()))
                .toList();
    }

    private Scores proposal(String proposalId) {
        Scores scores = proposalId == null ? null : proposals.get(proposalId);
        if (scores == null) {
            throw RuleViolation.notFound("unknown-proposal", proposalId);
        }
        return scores;
    }

    // --- state, from the round's events ------------------------------------------------------------

    @EventSourcingHandler
    void on(AppraisalRoundOpenedEvent event) {
        event.pool().forEach(entry -> proposals.put(entry.proposalId(), new Scores(entry)));
    }

    @EventSourcingHandler
    void on(ScorersAssignedEvent event) {
        event.assignments().forEach(a -> proposals.get(a.proposalId()).scorers = List.copyOf(a.scorerIds()));
    }

    @EventSourcingHandler
    void on(ScoreRecordedEvent event, @MetaDataValue(ProcessCommand.META_DATA_KEY) String processCommandId) {
        Scores scores = proposals.get(event.proposalId());
        scores.scoredBy.add(event.scorerId());
        scores.weighted.add(event.weightedScore());
        scores.latestScoreCommand = processCommandId;
    }

    /** A spread re-review follows the proposal's last score in the same command: that command made it due. */
    @EventSourcingHandler
    void on(ReReviewRequiredEvent event) {
        Scores scores = proposals.get(event.proposalId());
        scores.inReReview = true;
        if (event.reason() == ReReviewReason.SPREAD && scores.latestScoreCommand != null) {
            reReviewsByCommand.put(scores.latestScoreCommand, ReReviewDue.of(event));
        }
    }

    @EventSourcingHandler
    void on(ConsensusScoreRecordedEvent event) {
        Scores scores = proposals.get(event.proposalId());
        scores.weighted = new ArrayList<>(List.of(event.weightedScore()));
        scores.inReReview = false;
    }
}
