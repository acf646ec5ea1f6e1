package com.wuxiao.command.appraisal;

import com.wuxiao.command.appraisal.api.AppraisalRoundOpenedEvent;
import com.wuxiao.command.appraisal.api.ApproveRankingCommand;
import com.wuxiao.command.appraisal.api.AssignScorersCommand;
import com.wuxiao.command.appraisal.api.Assignment;
import com.wuxiao.command.appraisal.api.AssignmentOutcome;
import com.wuxiao.command.appraisal.api.ConsensusScoreRecordedEvent;
import com.wuxiao.command.appraisal.api.DecideObjectionCommand;
import com.wuxiao.command.appraisal.api.FinaliseRoundCommand;
import com.wuxiao.command.appraisal.api.NamePanelCommand;
import com.wuxiao.command.appraisal.api.ObjectionDecisionOutcome;
import com.wuxiao.command.appraisal.api.ObjectionDeniedEvent;
import com.wuxiao.command.appraisal.api.ObjectionRaisedEvent;
import com.wuxiao.command.appraisal.api.ObjectionUpheldEvent;
import com.wuxiao.command.appraisal.api.OpenAppraisalRoundCommand;
import com.wuxiao.command.appraisal.api.PanelNamedEvent;
import com.wuxiao.command.appraisal.api.PanelSeat;
import com.wuxiao.command.appraisal.api.PoolEntry;
import com.wuxiao.command.appraisal.api.PublicityPeriod;
import com.wuxiao.command.appraisal.api.PublicityStartedEvent;
import com.wuxiao.command.appraisal.api.RaiseObjectionCommand;
import com.wuxiao.command.appraisal.api.RankRoundCommand;
import com.wuxiao.command.appraisal.api.RankedProposal;
import com.wuxiao.command.appraisal.api.RankingApprovedEvent;
import com.wuxiao.command.appraisal.api.RankingOutcome;
import com.wuxiao.command.appraisal.api.ReReviewDue;
import com.wuxiao.command.appraisal.api.ReReviewReason;
import com.wuxiao.command.appraisal.api.ReReviewRequiredEvent;
import com.wuxiao.command.appraisal.api.RecordConsensusScoreCommand;
import com.wuxiao.command.appraisal.api.RecordScoreCommand;
import com.wuxiao.command.appraisal.api.RoundConfig;
import com.wuxiao.command.appraisal.api.RoundFinalisedEvent;
import com.wuxiao.command.appraisal.api.RoundOpened;
import com.wuxiao.command.appraisal.api.RoundRankedEvent;
import com.wuxiao.command.appraisal.api.ScoreOutcome;
import com.wuxiao.command.appraisal.api.ScoreRecordedEvent;
import com.wuxiao.command.appraisal.api.ScorersAssignedEvent;
import com.wuxiao.command.common.CommandInput;
import com.wuxiao.command.common.ProcessDrivenAggregate;
import com.wuxiao.command.common.SnapshotState;
import com.wuxiao.command.common.api.RuleViolation;
import com.wuxiao.command.competition.CompetitionYears;
import com.wuxiao.command.competition.api.Grade;
import com.wuxiao.command.competition.api.YearConfig;
import com.wuxiao.command.identity.Roles;
import com.wuxiao.command.identity.UserDirectory;
import com.wuxiao.command.identity.api.Actor;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static com.wuxiao.command.common.api.RuleViolation.term;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A quarter's appraisal round (季度评审), id "2026-Q4": pool, panel, conflict-free scorer assignment,
 * scores and consensus re-review, ranking by quota, approval, publicity with objections, finalisation
 * with rewards and points split by share. Scores and objections live in the members {@link RoundScoring}
 * and {@link RoundObjections}, the arithmetic in {@link Scoring}, {@link Grading} and {@link Awards}.
 *
 * <p>A handler whose command a process needs to follow up returns what it decided (a record of the
 * api package: the assignment, a re-review due, the ranking, the publicity period), in the
 * command's own transaction; the process never reads the event store to find out.
 */
@Aggregate(snapshotTriggerDefinition = RoundSnapshotConfiguration.TRIGGER)
@Revision("1")
@SnapshotState
public class AppraisalRound extends ProcessDrivenAggregate {

    /** Where the round stands; an upheld objection takes it from RANKED or PUBLICITY back to SCORING. */
    private enum Phase { OPEN, PANEL_NAMED, SCORING, RANKED, PUBLICITY, FINALISED }

    @AggregateIdentifier
    private String roundId;
    private int year;
    private int quarter;
    private RoundConfig config;
    private Phase phase;
    @AggregateMember
    private final RoundScoring scoring = new RoundScoring();
    @AggregateMember
    private final RoundObjections objections = new RoundObjections();
    private Map<String, PanelSeat> panel = Map.of();
    private List<RankedProposal> ranking = List.of();
    /** Null until the ranking is approved, and again once an upheld objection voids it. */
    private PublicityPeriod publicity;

    protected AppraisalRound() {
        // for Axon: created by the opening command, rebuilt from events
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public RoundOpened handle(OpenAppraisalRoundCommand command, UserDirectory users, CompetitionYears years,
                              AppraisalPools pools) {
        requireNotFinalised();
        if (roundId != null) {
            throw RuleViolation.conflict("already-opened");
        }
        Roles.unionLeader(command.openedBy(), users, term("action.do-this"));
        AppraisalInput.checkQuarter(command.roundId(), command.year(), command.quarter());
        YearConfig yearConfig = years.require(command.year());
        List<PoolEntry> pool = List.copyOf(pools.acceptedIn(command.year(), command.quarter()));
        AppraisalInput.checkPool(pool);
        RoundConfig snapshot = new RoundConfig(yearConfig.weights(), yearConfig.quotas(), yearConfig.rewards(),
                yearConfig.points(), yearConfig.deadlines().publicity());
        apply(new AppraisalRoundOpenedEvent(command.roundId(), command.year(), command.quarter(), pool, snapshot,
                command.openedBy(), command.openedAt()));
        return new RoundOpened(command.roundId(), pool.size());
    }

    @CommandHandler
    public void handle(NamePanelCommand command, UserDirectory users) {
        requireLeaderOfUnfinishedRound(command.namedBy(), users);
        if (phase != Phase.OPEN && phase != Phase.PANEL_NAMED) {
            throw alreadyAssigned();
        }
        List<PanelSeat> seats = AppraisalInput.panelOf(command.memberIds(), users);
        apply(new PanelNamedEvent(roundId, seats, command.namedBy(), command.namedAt()));
    }

    @CommandHandler
    public AssignmentOutcome handle(AssignScorersCommand command, UserDirectory users) {
        requireLeaderOfUnfinishedRound(command.assignedBy(), users);
        if (phase == Phase.OPEN) {
            throw RuleViolation.conflict("no-panel");
        }
        if (phase != Phase.PANEL_NAMED) {
            throw alreadyAssigned();
        }
        int perProposal = command.scorersPerProposal();
        AppraisalInput.checkScorersPerProposal(perProposal, panel.size());
        List<Assignment> assignments = ScorerAssignment.assign(scoring.pool(), List.copyOf(panel.values()), perProposal);
        apply(new ScorersAssignedEvent(roundId, perProposal, assignments, command.assignedBy(), command.assignedAt()));
        return new AssignmentOutcome(assignments);
    }

    /** A repeat of a process's score (same process command id) applies nothing and gets the first outcome. */
    @CommandHandler
    public ScoreOutcome handle(RecordScoreCommand command, UserDirectory users) {
        if (alreadyApplied(command)) {
            return scoring.outcomeOf(command.processCommandId());
        }
        requireNotFinalised();
        scoring.requireAssigned(command.proposalId(), command.scorerId());
        Actor scorer = Roles.known(command.scorerId(), users);
        scoring.requireFreeToScore(command.proposalId(), scorer, panel.get(scorer.userId()));
        AppraisalInput.Marks marks = AppraisalInput.marks(command.feasibility(), command.benefit(),
                command.promotability(), config.weights());
        AppraisalInput.checkText(command.comment(), "comment", term("field.scoring-comment"));
        // judged before apply(..), which updates the state at once
        Optional<BigDecimal> spread = scoring.spreadBeyondLimit(command.proposalId(), marks.weighted());
        apply(new ScoreRecordedEvent(roundId, command.proposalId(), command.scorerId(), marks.feasibility(),
                marks.benefit(), marks.promotability(), marks.weighted(), command.comment(), command.scoredAt()));
        if (spread.isEmpty()) {
            return ScoreOutcome.recorded();
        }
        ReReviewRequiredEvent reReview = new ReReviewRequiredEvent(roundId, command.proposalId(),
                ReReviewReason.SPREAD, spread.get(), null, command.scoredAt());
        apply(reReview);
        return new ScoreOutcome(ReReviewDue.of(reReview));
    }

    @CommandHandler
    public void handle(RecordConsensusScoreCommand command, UserDirectory users) {
        requireLeaderOfUnfinishedRound(command.recordedBy(), users);
        scoring.requireInReReview(command.proposalId());
        AppraisalInput.Marks marks = AppraisalInput.marks(command.feasibility(), command.benefit(),
                command.promotability(), config.weights());
        AppraisalInput.checkText(command.comment(), "comment", term("field.re-review-comment"));
        apply(new ConsensusScoreRecordedEvent(roundId, command.proposalId(), marks.feasibility(), marks.benefit(),
                marks.promotability(), marks.weighted(), command.recordedBy(), command.comment(),
                command.recordedAt()));
    }

    @CommandHandler
    public RankingOutcome handle(RankRoundCommand command, UserDirectory users) {
        requireLeaderOfUnfinishedRound(command.rankedBy(), users);
        if (phase == Phase.OPEN || phase == Phase.PANEL_NAMED) {
            throw RuleViolation.conflict("scorers-not-assigned");
        }
        if (phase != Phase.SCORING) {
            throw RuleViolation.conflict("already-ranked");
        }
        List<RankedProposal> ranked = scoring.rank(config.quotas());
        apply(new RoundRankedEvent(roundId, ranked, command.rankedBy(), command.rankedAt()));
        return new RankingOutcome(ranked);
    }

    @CommandHandler
    public PublicityPeriod handle(ApproveRankingCommand command, UserDirectory users) {
        requireLeaderOfUnfinishedRound(command.approvedBy(), users);
        if (phase == Phase.PUBLICITY) {
            throw RuleViolation.conflict("already-approved");
        }
        if (phase != Phase.RANKED) {
            throw RuleViolation.conflict("not-ranked");
        }
        Instant at = CommandInput.time(command.approvedAt());
        PublicityPeriod period = new PublicityPeriod(at, at.plus(config.publicity()));
        apply(new RankingApprovedEvent(roundId, command.approvedBy(), at));
        apply(new PublicityStartedEvent(roundId, period.startsAt(), period.endsAt()));
        return period;
    }

    @CommandHandler
    public void handle(RaiseObjectionCommand command, UserDirectory users) {
        requireNotFinalised();
        Roles.known(command.objectorId(), users);
        objections.requireNew(command.objectionId());
        scoring.entry(command.proposalId());
        Instant at = CommandInput.time(command.raisedAt());
        if (phase != Phase.PUBLICITY || !publicity.contains(at)) {
            throw RuleViolation.conflict("not-in-publicity");
        }
        AppraisalInput.checkRequiredText(command.reason(), "reason", term("field.objection-reason"));
        apply(new ObjectionRaisedEvent(roundId, command.objectionId(), command.proposalId(), command.objectorId(),
                command.reason(), at));
    }

    /** Upheld, the proposal goes to re-review unless it is in one already, which then covers this objection too. */
    @CommandHandler
    public ObjectionDecisionOutcome handle(DecideObjectionCommand command, UserDirectory users) {
        requireLeaderOfUnfinishedRound(command.decidedBy(), users);
        String objectionId = command.objectionId();
        String proposalId = objections.requireUndecided(objectionId);
        AppraisalInput.checkText(command.note(), "note", term("field.objection-note"));
        if (!command.upheld()) {
            apply(new ObjectionDeniedEvent(roundId, objectionId, proposalId, command.decidedBy(),
                    command.note(), command.decidedAt()));
            return new ObjectionDecisionOutcome(objectionId, proposalId, false, null);
        }
        boolean alreadyInReReview = scoring.inReReview(proposalId);
        apply(new ObjectionUpheldEvent(roundId, objectionId, proposalId, command.decidedBy(),
                command.note(), command.decidedAt()));
        if (alreadyInReReview) {
            return new ObjectionDecisionOutcome(objectionId, proposalId, true, null);
        }
        ReReviewRequiredEvent reReview = new ReReviewRequiredEvent(roundId, proposalId, ReReviewReason.OBJECTION,
                null, objectionId, command.decidedAt());
        apply(reReview);
        return new ObjectionDecisionOutcome(objectionId, proposalId, true, ReReviewDue.of(reReview));
    }

    /** Rewards and points follow per awarded proposal in ranking order, per author in the proposal's order. */
    @CommandHandler
    public void handle(FinaliseRoundCommand command, UserDirectory users) {
        requireLeaderOfUnfinishedRound(command.finalisedBy(), users);
        if (phase != Phase.PUBLICITY) {
            throw RuleViolation.conflict("not-published");
        }
        Instant at = CommandInput.time(command.finalisedAt());
        if (at.isBefore(publicity.endsAt())) {
            throw RuleViolation.conflict("publicity-not-over", publicity.endsAt());
        }
        objections.requireAllDecided();
        scoring.requireNoneInReReview();
        apply(new RoundFinalisedEvent(roundId, year, quarter, ranking, command.finalisedBy(), at));
        for (RankedProposal result : ranking) {
            if (result.grade() != Grade.NONE) {
                Awards.of(roundId, result, scoring.entry(result.proposalId()), config, users, at)
                        .forEach(AggregateLifecycle::apply);
            }
        }
    }

    // --- rules ---------------------------------------------------------------------------------

    /** The round is not finalised, and the union office acts: checked in this order. */
    private void requireLeaderOfUnfinishedRound(String userId, UserDirectory users) {
        requireNotFinalised();
        Roles.unionLeader(userId, users, term("action.do-this"));
    }

    private void requireNotFinalised() {
        if (phase == Phase.FINALISED) {
            throw RuleViolation.conflict("round-finalised");
        }
    }

    private static RuleViolation alreadyAssigned() {
        return RuleViolation.conflict("scorers-already-assigned");
    }

    @EventSourcingHandler
    void on(AppraisalRoundOpenedEvent event) {
        roundId = event.roundId();
        year = event.year();
        quarter = event.quarter();
        config = event.config();
        phase = Phase.OPEN;
    }

    @EventSourcingHandler
    void on(PanelNamedEvent event) {
        Map<String, PanelSeat> seats = new LinkedHashMap<>();
        event.members().forEach(seat -> seats.put(seat.userId(), seat));
        panel = seats;
        phase = Phase.PANEL_NAMED;
    }

    @EventSourcingHandler
    void on(ScorersAssignedEvent event) {
        phase = Phase.SCORING;
    }

    @EventSourcingHandler
    void on(RoundRankedEvent event) {
        ranking = List.copyOf(event.ranking());
        phase = Phase.RANKED;
    }

    @EventSourcingHandler
    void on(PublicityStartedEvent event) {
        publicity = new PublicityPeriod(event.startsAt(), event.endsAt());
        phase = Phase.PUBLICITY;
    }

    /** The ranking and its publicity are void: the round is ranked, approved and published again. */
    @EventSourcingHandler
    void on(ObjectionUpheldEvent event) {
        ranking = List.of();
        publicity = null;
        phase = Phase.SCORING;
    }

    @EventSourcingHandler
    void on(RoundFinalisedEvent event) {
        phase = Phase.FINALISED;
    }
}
