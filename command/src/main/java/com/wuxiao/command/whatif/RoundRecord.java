package com.wuxiao.command.whatif;

import com.wuxiao.command.appraisal.api.AppraisalRoundOpenedEvent;
import com.wuxiao.command.appraisal.api.ConsensusScoreRecordedEvent;
import com.wuxiao.command.appraisal.api.ObjectionUpheldEvent;
import com.wuxiao.command.appraisal.api.PointsAwardedEvent;
import com.wuxiao.command.appraisal.api.PoolEntry;
import com.wuxiao.command.appraisal.api.RankedProposal;
import com.wuxiao.command.appraisal.api.RewardGrantedEvent;
import com.wuxiao.command.appraisal.api.RoundConfig;
import com.wuxiao.command.appraisal.api.RoundFinalisedEvent;
import com.wuxiao.command.appraisal.api.ScoreRecordedEvent;
import com.wuxiao.command.common.api.RuleViolation;
import org.axonframework.eventhandling.DomainEventMessage;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What a finalised round's events say, as far as a replay of its rules needs: the pool and the rules
 * it was decided by, every scorer's marks, the consensus marks that replaced them, which proposals an
 * objection was upheld against, the results and what each author was granted.
 */
final class RoundRecord {

    /** One set of marks on the three criteria. */
    record Marks(int feasibility, int benefit, int promotability) {
    }

    /** What one author was granted for one proposal, and the unit it counted for. */
    record Grant(String proposalId, String workerId, String workerUnitId, long fen, BigDecimal points) {

        /** A {@link RewardGrantedEvent} or {@link PointsAwardedEvent}, as the round applied or would apply it. */
        static Grant of(Object event) {
            if (event instanceof RewardGrantedEvent e) {
                return new Grant(e.proposalId(), e.workerId(), e.workerUnitId(), e.amountFen(), BigDecimal.ZERO);
            }
            PointsAwardedEvent e = (PointsAwardedEvent) event;
            return new Grant(e.proposalId(), e.workerId(), e.workerUnitId(), 0, e.points());
        }
    }

    String roundId;
    int year;
    RoundConfig config;
    final Map<String, PoolEntry> pool = new LinkedHashMap<>();
    final Map<String, List<Marks>> scores = new HashMap<>();
    /** The last consensus of a proposal replaced all its scores. */
    final Map<String, Marks> consensus = new HashMap<>();
    final Set<String> objectionReReviews = new HashSet<>();
    List<RankedProposal> results;
    Instant finalisedAt;
    final List<Grant> grants = new ArrayList<>();

    /**
     * @throws RuleViolation 404 if there is no such round, 409 if it is not finalised
     */
    static RoundRecord of(String roundId, Stream<? extends DomainEventMessage<?>> events) {
        RoundRecord round = new RoundRecord();
        events.forEach(event -> round.apply(event.getPayload()));
        if (round.config == null) {
            throw RuleViolation.notFound("what-if-round-not-found", roundId);
        }
        if (round.results == null) {
            throw RuleViolation.conflict("what-if-round-not-finalised", roundId);
        }
        return round;
    }

    private void apply(Object payload) {
        if (payload instanceof AppraisalRoundOpenedEvent e) {
            roundId = e.roundId();
            year = e.year();
            config = e.config();
            e.pool().forEach(entry -> pool.put(entry.proposalId(), entry));
        } else if (payload instanceof ScoreRecordedEvent e) {
            scores.computeIfAbsent(e.proposalId(), id -> new ArrayList<>())
                    .add(new Marks(e.feasibility(), e.benefit(), e.promotability()));
        } else if (payload instanceof ObjectionUpheldEvent e) {
            // a re-review follows, or one under way (a spread's) answers the objection too
            objectionReReviews.add(e.proposalId());
        } else if (payload instanceof ConsensusScoreRecordedEvent e) {
            consensus.put(e.proposalId(), new Marks(e.feasibility(), e.benefit(), e.promotability()));
        } else if (payload instanceof RoundFinalisedEvent e) {
            results = List.copyOf(e.results());
            finalisedAt = e.finalisedAt();
        } else if (payload instanceof RewardGrantedEvent || payload instanceof PointsAwardedEvent) {
            grants.add(Grant.of(payload));
        }
    }
}
