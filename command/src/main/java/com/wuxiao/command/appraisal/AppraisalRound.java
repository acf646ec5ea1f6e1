package com.wuxiao.command.appraisal;

import com.wuxiao.command.appraisal.api.AppraisalLimits;
import com.wuxiao.command.appraisal.api.AppraisalRoundOpenedEvent;
import com.wuxiao.command.appraisal.api.ApproveRankingCommand;
import com.wuxiao.command.appraisal.api.AssignScorersCommand;
import com.wuxiao.command.appraisal.api.Assignment;
import com.wuxiao.command.appraisal.api.ConsensusScoreRecordedEvent;
import com.wuxiao.command.appraisal.api.DecideObjectionCommand;
import com.wuxiao.command.appraisal.api.FinaliseRoundCommand;
import com.wuxiao.command.appraisal.api.NamePanelCommand;
import com.wuxiao.command.appraisal.api.ObjectionDeniedEvent;
import com.wuxiao.command.appraisal.api.ObjectionRaisedEvent;
import com.wuxiao.command.appraisal.api.ObjectionUpheldEvent;
import com.wuxiao.command.appraisal.api.OpenAppraisalRoundCommand;
import com.wuxiao.command.appraisal.api.PanelNamedEvent;
import com.wuxiao.command.appraisal.api.PanelSeat;
import com.wuxiao.command.appraisal.api.PointsAwardedEvent;
import com.wuxiao.command.appraisal.api.PoolEntry;
import com.wuxiao.command.appraisal.api.PublicityStartedEvent;
import com.wuxiao.command.appraisal.api.RaiseObjectionCommand;
import com.wuxiao.command.appraisal.api.RankRoundCommand;
import com.wuxiao.command.appraisal.api.RankedProposal;
import com.wuxiao.command.appraisal.api.RankingApprovedEvent;
import com.wuxiao.command.appraisal.api.ReReviewReason;
import com.wuxiao.command.appraisal.api.ReReviewRequiredEvent;
import com.wuxiao.command.appraisal.api.RecordConsensusScoreCommand;
import com.wuxiao.command.appraisal.api.RecordScoreCommand;
import com.wuxiao.command.appraisal.api.RewardGrantedEvent;
import com.wuxiao.command.appraisal.api.RoundConfig;
import com.wuxiao.command.appraisal.api.RoundFinalisedEvent;
import com.wuxiao.command.appraisal.api.RoundOpened;
import com.wuxiao.command.appraisal.api.RoundRankedEvent;
import com.wuxiao.command.appraisal.api.ScoreRecordedEvent;
import com.wuxiao.command.appraisal.api.ScorersAssignedEvent;
import com.wuxiao.command.common.ProcessCommands;
import com.wuxiao.command.common.ShareSplit;
import com.wuxiao.command.common.api.RuleViolation;
import com.wuxiao.command.competition.CompetitionYears;
import com.wuxiao.command.competition.api.Grade;
import com.wuxiao.command.competition.api.PointsTable;
import com.wuxiao.command.competition.api.RewardAmounts;
import com.wuxiao.command.competition.api.YearConfig;
import com.wuxiao.command.identity.UserDirectory;
import com.wuxiao.command.identity.api.Actor;
import com.wuxiao.command.identity.api.Role;
import com.wuxiao.command.proposal.api.Author;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A quarter's appraisal round (季度评审), id "2026-Q4": pool, panel, conflict-free scorer
 * assignment, scores and consensus re-review, ranking by quota, approval, publicity with
 * objections, and finalisation with rewards and points split by contribution share. The
 * arithmetic is in {@link Scoring}, {@link Grading} and {@link ShareSplit}; the round decides who
 * may do what, and when.
 */
@Aggregate
public class AppraisalRound {

    /** Meta-data key of a process's deterministic command id, kept on the event it caused. */
    static final String PROCESS_COMMAND_ID = ProcessCommands.META_DATA_KEY;

    private static final BigDecimal MAX_SPREAD = BigDecimal.valueOf(AppraisalLimits.MAX_SPREAD);

    /** Where the round stands; an upheld objection takes it from RANKED or PUBLICITY back to SCORING. */
    private enum Phase { OPEN, PANEL_NAMED, SCORING, RANKED, PUBLICITY, FINALISED }

    @AggregateIdentifier
    private String roundId;
    private int year;
    private int quarter;
    private RoundConfig config;
    private Phase phase;
    /** By proposal id, in pool order. */
    private final Map<String, Scores> proposals = new LinkedHashMap<>();
    private Map<String, PanelSeat> panel = Map.of();
    private List<RankedProposal> ranking = List.of();
    private Instant publicityEndsAt;
    private Instant publicityStartsAt;
    /** Objection id → proposal id. */
    private final Map<String, String> objections = new HashMap<>();
    private final Set<String> undecidedObjections = new HashSet<>();
    private final ProcessCommands processCommands = new ProcessCommands();

    /** The scoring state of one proposal of the pool. */
    private static final class Scores {
        final PoolEntry entry;
        List<String> scorers = List.of();
        final Set<String> scoredBy = new HashSet<>();
        /** The scorers' weighted scores, or the one consensus score that replaced them. */
        List<BigDecimal> weighted = new ArrayList<>();
        boolean inReReview;

        Scores(PoolEntry entry) {
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
                    && inReReview == other.inReReview;
        }

        @Override
        public int hashCode() {
            return Objects.hash(entry, scorers, scoredBy, weighted, inReReview);
        }
    }

    protected AppraisalRound() {
        // for Axon: created by the opening command, rebuilt from events
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public RoundOpened handle(OpenAppraisalRoundCommand command, UserDirectory users, CompetitionYears years,
                              AppraisalPools pools) {
        requireNotFinalised();
        if (roundId != null) {
            throw RuleViolation.conflict("already-opened", "该季度评审已开启", "this quarter's round is open already");
        }
        requireUnionLeader(command.openedBy(), users);
        AppraisalInput.checkQuarter(command.roundId(), command.year(), command.quarter());
        YearConfig yearConfig = years.find(command.year()).orElseThrow(() -> RuleViolation.conflict(
                "year-not-configured", command.year() + " 年度竞赛尚未设置",
                "the competition year " + command.year() + " is not configured"));
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
        requireNotFinalised();
        requireUnionLeader(command.namedBy(), users);
        if (phase != Phase.OPEN && phase != Phase.PANEL_NAMED) {
            throw alreadyAssigned();
        }
        List<PanelSeat> seats = AppraisalInput.panelOf(command.memberIds(), users);
        apply(new PanelNamedEvent(roundId, seats, command.namedBy(), command.namedAt()));
    }

    @CommandHandler
    public void handle(AssignScorersCommand command, UserDirectory users) {
        requireNotFinalised();
        requireUnionLeader(command.assignedBy(), users);
        if (phase == Phase.OPEN) {
            throw RuleViolation.conflict("no-panel", "尚未组建评审组", "the panel has not been named yet");
        }
        if (phase != Phase.PANEL_NAMED) {
            throw alreadyAssigned();
        }
        int perProposal = command.scorersPerProposal();
        if (perProposal < AppraisalLimits.MIN_SCORERS || perProposal > panel.size()) {
            throw RuleViolation.invalid("invalid-scorers-per-proposal", "scorersPerProposal",
                    "每项申报的评审人数须在 " + AppraisalLimits.MIN_SCORERS + "–" + panel.size() + " 之间",
                    "scorers per proposal must be from " + AppraisalLimits.MIN_SCORERS + " to " + panel.size());
        }
        List<Assignment> assignments = ScorerAssignment.assign(
                proposals.values().stream().map(s -> s.entry).toList(), List.copyOf(panel.values()), perProposal);
        apply(new ScorersAssignedEvent(roundId, perProposal, assignments, command.assignedBy(), command.assignedAt()));
    }

    @CommandHandler
    public void handle(RecordScoreCommand command, UserDirectory users) {
        if (processCommands.alreadyApplied(command.processCommandId())) {
            return;
        }
        requireNotFinalised();
        Scores scores = proposal(command.proposalId());
        if (command.scorerId() == null || !scores.scorers.contains(command.scorerId())) {
            throw RuleViolation.forbidden("not-assigned",
                    "您不是该申报的评审人", "you are not assigned to score this proposal");
        }
        requireNoConflictOfInterest(scores.entry, knownUser(command.scorerId(), users));
        if (scores.inReReview) {
            throw RuleViolation.conflict("in-re-review", "该申报正在复议，由评审组商定统一评分",
                    "the proposal is in consensus re-review; the panel's agreed score is recorded instead");
        }
        if (scores.scoredBy.contains(command.scorerId())) {
            throw RuleViolation.conflict("already-scored", "您已评过该申报", "you have scored this proposal already");
        }
        int feasibility = AppraisalInput.score(command.feasibility(), "feasibility", "技术可行性");
        int benefit = AppraisalInput.score(command.benefit(), "benefit", "效益性");
        int promotability = AppraisalInput.score(command.promotability(), "promotability", "推广性");
        AppraisalInput.checkText(command.comment(), "comment", "评审意见");

        BigDecimal weighted = Scoring.weighted(config.weights(), feasibility, benefit, promotability);
        // judged before apply(..), which updates the state at once
        boolean lastScore = scores.scoredBy.size() + 1 == scores.scorers.size();
        List<BigDecimal> all = new ArrayList<>(scores.weighted);
        all.add(weighted);
        BigDecimal spread = Scoring.spread(all);
        apply(new ScoreRecordedEvent(roundId, command.proposalId(), command.scorerId(), feasibility, benefit,
                promotability, weighted, command.comment(), command.scoredAt()), ProcessCommands.originOf(command.processCommandId()));
        if (lastScore && spread.compareTo(MAX_SPREAD) > 0) {
            apply(new ReReviewRequiredEvent(roundId, command.proposalId(), ReReviewReason.SPREAD, spread, null,
                    command.scoredAt()));
        }
    }

    @CommandHandler
    public void handle(RecordConsensusScoreCommand command, UserDirectory users) {
        if (processCommands.alreadyApplied(command.processCommandId())) {
            return;
        }
        requireNotFinalised();
        requireUnionLeader(command.recordedBy(), users);
        Scores scores = proposal(command.proposalId());
        if (!scores.inReReview) {
            throw RuleViolation.conflict("not-in-re-review",
                    "该申报不在复议中", "the proposal is not in consensus re-review");
        }
        int feasibility = AppraisalInput.score(command.feasibility(), "feasibility", "技术可行性");
        int benefit = AppraisalInput.score(command.benefit(), "benefit", "效益性");
        int promotability = AppraisalInput.score(command.promotability(), "promotability", "推广性");
        AppraisalInput.checkText(command.comment(), "comment", "复议意见");
        BigDecimal weighted = Scoring.weighted(config.weights(), feasibility, benefit, promotability);
        apply(new ConsensusScoreRecordedEvent(roundId, command.proposalId(), feasibility, benefit, promotability,
                weighted, command.recordedBy(), command.comment(), command.recordedAt()),
                ProcessCommands.originOf(command.processCommandId()));
    }

    @CommandHandler
    public void handle(RankRoundCommand command, UserDirectory users) {
        requireNotFinalised();
        requireUnionLeader(command.rankedBy(), users);
        if (phase == Phase.OPEN || phase == Phase.PANEL_NAMED) {
            throw RuleViolation.conflict("scorers-not-assigned", "尚未分配评审人", "no scorers have been assigned yet");
        }
        if (phase != Phase.SCORING) {
            throw RuleViolation.conflict("already-ranked", "本轮已排名", "the round is ranked already");
        }
        long open = proposals.values().stream().filter(Scores::open).count();
        if (open > 0) {
            throw RuleViolation.conflict("scoring-open",
                    "还有 " + open + " 项申报未评完或在复议中", open + " proposals are not fully scored or are in re-review");
        }
        Map<String, BigDecimal> finalScores = new LinkedHashMap<>();
        proposals.forEach((id, scores) -> finalScores.put(id, Scoring.finalScore(scores.weighted)));
        List<RankedProposal> ranked = Grading.grade(finalScores, config.quotas()).stream()
                .map(r -> new RankedProposal(r.proposalId(), proposals.get(r.proposalId()).entry.unitId(),
                        r.finalScore(), r.rank(), r.grade()))
                .toList();
        apply(new RoundRankedEvent(roundId, ranked, command.rankedBy(), command.rankedAt()));
    }

    @CommandHandler
    public void handle(ApproveRankingCommand command, UserDirectory users) {
        requireNotFinalised();
        requireUnionLeader(command.approvedBy(), users);
        if (phase == Phase.PUBLICITY) {
            throw RuleViolation.conflict("already-approved", "排名已批准并在公示中", "the ranking is approved and published already");
        }
        if (phase != Phase.RANKED) {
            throw RuleViolation.conflict("not-ranked", "本轮尚未排名", "the round has not been ranked");
        }
        Instant at = requireTime(command.approvedAt(), "approvedAt");
        apply(new RankingApprovedEvent(roundId, command.approvedBy(), at));
        apply(new PublicityStartedEvent(roundId, at, at.plus(config.publicity())));
    }

    @CommandHandler
    public void handle(RaiseObjectionCommand command, UserDirectory users) {
        requireNotFinalised();
        knownUser(command.objectorId(), users);
        if (AppraisalInput.isBlank(command.objectionId())) {
            throw RuleViolation.invalid("required", "objectionId", "异议编号不能为空", "objectionId is required");
        }
        if (objections.containsKey(command.objectionId())) {
            throw RuleViolation.conflict("duplicate-objection", "该异议已提出", "this objection was raised already");
        }
        proposal(command.proposalId());
        Instant at = requireTime(command.raisedAt(), "raisedAt");
        if (phase != Phase.PUBLICITY || at.isBefore(publicityStartsAt) || !at.isBefore(publicityEndsAt)) {
            throw RuleViolation.conflict("not-in-publicity",
                    "只能在公示期内提出异议", "objections are accepted only during the publicity period");
        }
        AppraisalInput.checkRequiredText(command.reason(), "reason", "异议理由");
        apply(new ObjectionRaisedEvent(roundId, command.objectionId(), command.proposalId(), command.objectorId(),
                command.reason(), at));
    }

    @CommandHandler
    public void handle(DecideObjectionCommand command, UserDirectory users) {
        requireNotFinalised();
        requireUnionLeader(command.decidedBy(), users);
        String proposalId = objections.get(command.objectionId());
        if (proposalId == null) {
            throw RuleViolation.notFound("unknown-objection", "异议不存在", "no such objection in this round");
        }
        if (!undecidedObjections.contains(command.objectionId())) {
            throw RuleViolation.conflict("objection-already-decided", "该异议已处理", "this objection was decided already");
        }
        AppraisalInput.checkText(command.note(), "note", "处理意见");
        if (!command.upheld()) {
            apply(new ObjectionDeniedEvent(roundId, command.objectionId(), proposalId, command.decidedBy(),
                    command.note(), command.decidedAt()));
            return;
        }
        boolean alreadyInReReview = proposals.get(proposalId).inReReview;
        apply(new ObjectionUpheldEvent(roundId, command.objectionId(), proposalId, command.decidedBy(),
                command.note(), command.decidedAt()));
        if (!alreadyInReReview) {
            apply(new ReReviewRequiredEvent(roundId, proposalId, ReReviewReason.OBJECTION, null,
                    command.objectionId(), command.decidedAt()));
        }
    }

    /** Rewards and points follow per awarded proposal in ranking order, per author in the proposal's order. */
    @CommandHandler
    public void handle(FinaliseRoundCommand command, UserDirectory users) {
        requireNotFinalised();
        requireUnionLeader(command.finalisedBy(), users);
        if (phase != Phase.PUBLICITY) {
            throw RuleViolation.conflict("not-published",
                    "排名尚未批准公示", "the ranking has not been approved and published");
        }
        Instant at = requireTime(command.finalisedAt(), "finalisedAt");
        if (at.isBefore(publicityEndsAt)) {
            throw RuleViolation.conflict("publicity-not-over",
                    "公示期至 " + publicityEndsAt + " 结束，之后才能确认结果",
                    "the publicity period lasts until " + publicityEndsAt);
        }
        if (!undecidedObjections.isEmpty()) {
            throw RuleViolation.conflict("undecided-objections",
                    "还有 " + undecidedObjections.size() + " 项异议未处理",
                    undecidedObjections.size() + " objections are not decided yet");
        }
        if (proposals.values().stream().anyMatch(s -> s.inReReview)) {
            throw RuleViolation.conflict("re-review-pending", "还有申报在复议中", "a proposal is still in re-review");
        }
        apply(new RoundFinalisedEvent(roundId, year, quarter, ranking, command.finalisedBy(), at));
        for (RankedProposal result : ranking) {
            if (result.grade() != Grade.NONE) {
                award(result, proposals.get(result.proposalId()).entry, users, at);
            }
        }
    }

    // --- rules ---------------------------------------------------------------------------------

    /** Parts of zero (a grade configured without money or points) are not granted. */
    private void award(RankedProposal result, PoolEntry entry, UserDirectory users, Instant at) {
        List<Author> authors = entry.authors();
        List<Integer> shares = authors.stream().map(Author::share).toList();
        List<Long> money = ShareSplit.money(rewardFen(config.rewards(), result.grade()), shares);
        List<BigDecimal> points = ShareSplit.points(points(config.points(), result.grade()), shares);
        List<String> units = authors.stream()
                .map(a -> users.find(a.workerId()).map(Actor::unitId).orElse(null)).toList();
        for (int i = 0; i < authors.size(); i++) {
            if (money.get(i) > 0) {
                apply(new RewardGrantedEvent(roundId, entry.proposalId(), entry.unitId(), authors.get(i).workerId(),
                        units.get(i), result.grade(), authors.get(i).share(), money.get(i), at));
            }
        }
        for (int i = 0; i < authors.size(); i++) {
            if (points.get(i).signum() > 0) {
                apply(new PointsAwardedEvent(roundId, entry.proposalId(), entry.unitId(), authors.get(i).workerId(),
                        units.get(i), result.grade(), authors.get(i).share(), points.get(i), at));
            }
        }
    }

    private static long rewardFen(RewardAmounts rewards, Grade grade) {
        return switch (grade) {
            case FIRST -> rewards.firstFen();
            case SECOND -> rewards.secondFen();
            case THIRD -> rewards.thirdFen();
            case MERIT -> rewards.meritFen();
            case NONE -> 0;
        };
    }

    private static int points(PointsTable table, Grade grade) {
        return switch (grade) {
            case FIRST -> table.first();
            case SECOND -> table.second();
            case THIRD -> table.third();
            case MERIT -> table.merit();
            case NONE -> 0;
        };
    }

    private void requireNotFinalised() {
        if (phase == Phase.FINALISED) {
            throw RuleViolation.conflict("round-finalised",
                    "本轮评审结果已确认，不能再更改", "the round is finalised; nothing can change any more");
        }
    }

    private static Actor knownUser(String userId, UserDirectory users) {
        return Optional.ofNullable(userId).flatMap(users::find)
                .orElseThrow(() -> RuleViolation.forbidden("unknown-user", "用户不存在", "unknown user"));
    }

    private static void requireUnionLeader(String userId, UserDirectory users) {
        if (!knownUser(userId, users).has(Role.UNION_LEADER)) {
            throw RuleViolation.forbidden("not-union-leader",
                    "只有工会办公室可以进行此操作", "only the union office can do this");
        }
    }

    /** Checked again when the score arrives: the person may have moved to the proposal's unit since. */
    private void requireNoConflictOfInterest(PoolEntry entry, Actor scorer) {
        PanelSeat seat = panel.get(scorer.userId());
        Optional<ConflictOfInterest.Relation> relation = ConflictOfInterest.of(entry, scorer.userId(), scorer.unitId())
                .or(() -> seat == null ? Optional.empty() : ConflictOfInterest.of(entry, seat.userId(), seat.unitId()));
        relation.ifPresent(r -> {
            throw RuleViolation.forbidden("conflict-of-interest",
                    "利益冲突：您是该申报的" + r.zh + "，不能评审", "conflict of interest: you are " + r.en
                            + " of this proposal and cannot score it");
        });
    }

    private Scores proposal(String proposalId) {
        Scores scores = proposalId == null ? null : proposals.get(proposalId);
        if (scores == null) {
            throw RuleViolation.notFound("unknown-proposal",
                    "申报 " + proposalId + " 不在本轮评审中", "proposal " + proposalId + " is not in this round");
        }
        return scores;
    }

    private static RuleViolation alreadyAssigned() {
        return RuleViolation.conflict("scorers-already-assigned",
                "评审人已分配，评审组不能再更改", "scorers are assigned already; the panel cannot change any more");
    }

    private static Instant requireTime(Instant at, String field) {
        if (at == null) {
            throw RuleViolation.invalid("required", field, "时间不能为空", field + " is required");
        }
        return at;
    }

    // --- state -----------------------------------------------------------------------------------

    @EventSourcingHandler
    void on(AppraisalRoundOpenedEvent event) {
        roundId = event.roundId();
        year = event.year();
        quarter = event.quarter();
        config = event.config();
        event.pool().forEach(entry -> proposals.put(entry.proposalId(), new Scores(entry)));
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
        event.assignments().forEach(a -> proposals.get(a.proposalId()).scorers = List.copyOf(a.scorerIds()));
        phase = Phase.SCORING;
    }

    @EventSourcingHandler
    void on(ScoreRecordedEvent event, @MetaDataValue(PROCESS_COMMAND_ID) String processCommandId) {
        Scores scores = proposals.get(event.proposalId());
        scores.scoredBy.add(event.scorerId());
        scores.weighted.add(event.weightedScore());
        processCommands.remember(processCommandId);
    }

    @EventSourcingHandler
    void on(ReReviewRequiredEvent event) {
        proposals.get(event.proposalId()).inReReview = true;
    }

    @EventSourcingHandler
    void on(ConsensusScoreRecordedEvent event, @MetaDataValue(PROCESS_COMMAND_ID) String processCommandId) {
        Scores scores = proposals.get(event.proposalId());
        scores.weighted = new ArrayList<>(List.of(event.weightedScore()));
        scores.inReReview = false;
        processCommands.remember(processCommandId);
    }

    @EventSourcingHandler
    void on(RoundRankedEvent event) {
        ranking = List.copyOf(event.ranking());
        phase = Phase.RANKED;
    }

    @EventSourcingHandler
    void on(PublicityStartedEvent event) {
        publicityStartsAt = event.startsAt();
        publicityEndsAt = event.endsAt();
        phase = Phase.PUBLICITY;
    }

    @EventSourcingHandler
    void on(ObjectionRaisedEvent event) {
        objections.put(event.objectionId(), event.proposalId());
        undecidedObjections.add(event.objectionId());
    }

    /** The ranking and its publicity are void: the round is ranked, approved and published again. */
    @EventSourcingHandler
    void on(ObjectionUpheldEvent event) {
        undecidedObjections.remove(event.objectionId());
        ranking = List.of();
        publicityStartsAt = null;
        publicityEndsAt = null;
        phase = Phase.SCORING;
    }

    @EventSourcingHandler
    void on(ObjectionDeniedEvent event) {
        undecidedObjections.remove(event.objectionId());
    }

    @EventSourcingHandler
    void on(RoundFinalisedEvent event) {
        phase = Phase.FINALISED;
    }
}
