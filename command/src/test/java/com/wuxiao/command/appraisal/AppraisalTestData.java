package com.wuxiao.command.appraisal;

import com.wuxiao.command.common.api.ProcessCommand;
import com.wuxiao.command.appraisal.api.AppraisalRoundOpenedEvent;
import com.wuxiao.command.appraisal.api.Assignment;
import com.wuxiao.command.appraisal.api.PanelNamedEvent;
import com.wuxiao.command.appraisal.api.PanelSeat;
import com.wuxiao.command.appraisal.api.PoolEntry;
import com.wuxiao.command.appraisal.api.PublicityStartedEvent;
import com.wuxiao.command.appraisal.api.RankedProposal;
import com.wuxiao.command.appraisal.api.RankingApprovedEvent;
import com.wuxiao.command.appraisal.api.RoundConfig;
import com.wuxiao.command.appraisal.api.RoundRankedEvent;
import com.wuxiao.command.appraisal.api.ScoreRecordedEvent;
import com.wuxiao.command.appraisal.api.ScorersAssignedEvent;
import com.wuxiao.command.competition.api.Category;
import com.wuxiao.command.competition.api.Grade;
import com.wuxiao.command.competition.api.YearConfig;
import com.wuxiao.command.identity.api.Actor;
import com.wuxiao.command.identity.api.PanelRole;
import com.wuxiao.command.identity.api.Role;
import com.wuxiao.command.proposal.api.Author;
import com.wuxiao.command.testing.InMemoryCompetitionYears;
import com.wuxiao.command.testing.InMemoryUserDirectory;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static com.wuxiao.command.identity.api.PanelRole.PRODUCTION_BACKBONE;
import static com.wuxiao.command.identity.api.PanelRole.TECH_EXPERT;
import static com.wuxiao.command.identity.api.PanelRole.UNION_REP;

/**
 * The organisation and round the appraisal tests run in.
 *
 * <p>Units U1, U2, U3 and GH (union office). Workers w1, w2 (U1), w3 (U2), w4, w5 (U3), w6 (U2,
 * although co-author of a U3 proposal), m1 (U2, a mentor), w9 (U1, objects). Union leader
 * "leader". Reviewers: e1 TECH_EXPERT U1, e2 TECH_EXPERT U3, b1 PRODUCTION_BACKBONE U2,
 * b2 PRODUCTION_BACKBONE U3, g1 UNION_REP GH, g2 UNION_REP U2; x1 is a reviewer without a panel
 * role; e3 is a TECH_EXPERT who has moved to U1.
 *
 * <p>Round 2026-Q4 over p-1 (U1; w1 60 %, w2 40 %), p-2 (U2; w3 100 %, mentor m1) and p-3 (U3;
 * w4 33 %, w5 33 %, w6 34 %), default rules (weights 40/35/25, quotas 5/15/35 %, merit from 60,
 * rewards ¥5,000/3,000/1,000/300, points 20/12/6/2, publicity 5 days).
 */
final class AppraisalTestData {

    static final String ROUND = "2026-Q4";
    /** 2026-12-01 10:00 in Beijing: the round opens. */
    static final Instant T0 = Instant.parse("2026-12-01T02:00:00Z");
    static final Instant T_PANEL = T0.plus(Duration.ofHours(1));
    static final Instant T_ASSIGN = T0.plus(Duration.ofHours(2));
    static final Instant T_SCORE = T0.plus(Duration.ofDays(3));
    static final Instant T_RANK = T0.plus(Duration.ofDays(10));
    static final Instant T_APPROVE = T0.plus(Duration.ofDays(11));
    /** The default 5-day publicity after {@link #T_APPROVE}. */
    static final Instant T_PUBLICITY_END = T_APPROVE.plus(Duration.ofDays(5));

    static final PoolEntry P1 = new PoolEntry("p-1", "U1", List.of(new Author("w1", 60), new Author("w2", 40)), null);
    static final PoolEntry P2 = new PoolEntry("p-2", "U2", List.of(new Author("w3", 100)), "m1");
    static final PoolEntry P3 = new PoolEntry("p-3", "U3",
            List.of(new Author("w4", 33), new Author("w5", 33), new Author("w6", 34)), null);
    static final List<PoolEntry> POOL = List.of(P1, P2, P3);

    static final PanelSeat E1 = new PanelSeat("e1", "U1", TECH_EXPERT);
    static final PanelSeat E2 = new PanelSeat("e2", "U3", TECH_EXPERT);
    static final PanelSeat B1 = new PanelSeat("b1", "U2", PRODUCTION_BACKBONE);
    static final PanelSeat B2 = new PanelSeat("b2", "U3", PRODUCTION_BACKBONE);
    static final PanelSeat G1 = new PanelSeat("g1", "GH", UNION_REP);
    static final PanelSeat G2 = new PanelSeat("g2", "U2", UNION_REP);
    static final List<PanelSeat> PANEL = List.of(E1, E2, B1, B2, G1, G2);
    static final List<String> PANEL_IDS = List.of("e1", "e2", "b1", "b2", "g1", "g2");

    /**
     * What {@link ScorerAssignment} gives for {@link #POOL} and {@link #PANEL}, 3 each (worked out in
     * ScorerAssignmentTest): p-1 [b1, e2, g1], p-2 [b2, e1, g1], p-3 [g2, b1, e1].
     */
    static final List<Assignment> ASSIGNMENTS = List.of(
            new Assignment("p-1", List.of("b1", "e2", "g1")),
            new Assignment("p-2", List.of("b2", "e1", "g1")),
            new Assignment("p-3", List.of("g2", "b1", "e1")));

    static final Assignment A1 = ASSIGNMENTS.get(0);
    static final Assignment A2 = ASSIGNMENTS.get(1);
    static final Assignment A3 = ASSIGNMENTS.get(2);

    private AppraisalTestData() {
    }

    static InMemoryUserDirectory directory() {
        return new InMemoryUserDirectory()
                .unit("U1").unit("U2").unit("U3").unit("GH")
                .actor("w1", "U1", Role.WORKER)
                .actor("w2", "U1", Role.WORKER)
                .actor("w3", "U2", Role.WORKER)
                .actor("w4", "U3", Role.WORKER)
                .actor("w5", "U3", Role.WORKER)
                .actor("w6", "U2", Role.WORKER)
                .actor("m1", "U2", Role.WORKER)
                .actor("w9", "U1", Role.WORKER)
                .actor("leader", "GH", Role.UNION_LEADER)
                .reviewer("e1", "U1", TECH_EXPERT)
                .reviewer("e2", "U3", TECH_EXPERT)
                .reviewer("e3", "U1", TECH_EXPERT)
                .reviewer("b1", "U2", PRODUCTION_BACKBONE)
                .reviewer("b2", "U3", PRODUCTION_BACKBONE)
                .reviewer("g1", "GH", UNION_REP)
                .reviewer("g2", "U2", UNION_REP)
                .actor(new Actor("x1", "评审 x1", "U1", Set.of(Role.REVIEWER), null));
    }

    static YearConfig year2026() {
        return YearConfig.defaults(2026, List.of(new Category("JDYS", "机电运输")));
    }

    static InMemoryCompetitionYears years() {
        return new InMemoryCompetitionYears().with(year2026());
    }

    static RoundConfig defaultConfig() {
        YearConfig year = year2026();
        return new RoundConfig(year.weights(), year.quotas(), year.rewards(), year.points(),
                year.deadlines().publicity());
    }

    // --- events of a round's history -----------------------------------------------------------

    static AppraisalRoundOpenedEvent opened() {
        return opened(POOL, defaultConfig());
    }

    static AppraisalRoundOpenedEvent opened(List<PoolEntry> pool) {
        return opened(pool, defaultConfig());
    }

    static AppraisalRoundOpenedEvent opened(List<PoolEntry> pool, RoundConfig config) {
        return new AppraisalRoundOpenedEvent(ROUND, 2026, 4, pool, config, "leader", T0);
    }

    static PanelNamedEvent panelNamed() {
        return panelNamed(PANEL);
    }

    static PanelNamedEvent panelNamed(List<PanelSeat> seats) {
        return new PanelNamedEvent(ROUND, seats, "leader", T_PANEL);
    }

    static ScorersAssignedEvent assigned() {
        return assigned(ASSIGNMENTS);
    }

    static ScorersAssignedEvent assigned(List<Assignment> assignments) {
        return new ScorersAssignedEvent(ROUND, assignments.get(0).scorerIds().size(), assignments, "leader", T_ASSIGN);
    }

    static Assignment assignment(String proposalId, String... scorerIds) {
        return new Assignment(proposalId, List.of(scorerIds));
    }

    /** A score with the same mark on all three criteria: its weighted score is that mark. */
    static ScoreRecordedEvent scored(String proposalId, String scorerId, int mark) {
        return new ScoreRecordedEvent(ROUND, proposalId, scorerId, mark, mark, mark, score(mark + ".00"), null,
                T_SCORE);
    }

    /** Scores of a proposal's scorers, in assignment order, each with the same mark on all criteria. */
    static List<ScoreRecordedEvent> scoredAll(Assignment assignment, int... marks) {
        List<ScoreRecordedEvent> events = new ArrayList<>();
        for (int i = 0; i < marks.length; i++) {
            events.add(scored(assignment.proposalId(), assignment.scorerIds().get(i), marks[i]));
        }
        return events;
    }

    /**
     * The test round fully scored: p-1 90, 80, 85 (final 85.00), p-2 70, 75, 80 (75.00), p-3 62, 64,
     * 66 (64.00); no spread above 30.
     */
    static List<Object> fullyScored() {
        return history(opened(), panelNamed(), assigned(), scoredAll(A1, 90, 80, 85), scoredAll(A2, 70, 75, 80),
                scoredAll(A3, 62, 64, 66));
    }

    /**
     * The ranking of {@link #fullyScored()}: of n = 3 the first ⌈0.15⌉ = 1 is FIRST, SECOND ends at
     * ⌈0.45⌉ = 1 (empty), THIRD at ⌈1.05⌉ = 2; the rest, at least 60, MERIT.
     */
    static RoundRankedEvent standardRanking() {
        return ranked(result(P1, "85.00", 1, Grade.FIRST), result(P2, "75.00", 2, Grade.THIRD),
                result(P3, "64.00", 3, Grade.MERIT));
    }

    /** {@link #fullyScored()}, ranked as {@link #standardRanking()}, approved and in publicity. */
    static List<Object> published() {
        return history(fullyScored(), standardRanking(), approved(), publicityStarted());
    }

    static RoundRankedEvent ranked(RankedProposal... ranking) {
        return new RoundRankedEvent(ROUND, List.of(ranking), "leader", T_RANK);
    }

    static RankedProposal result(PoolEntry entry, String finalScore, int rank, Grade grade) {
        return new RankedProposal(entry.proposalId(), entry.unitId(), score(finalScore), rank, grade);
    }

    static RankingApprovedEvent approved() {
        return new RankingApprovedEvent(ROUND, "leader", T_APPROVE);
    }

    static PublicityStartedEvent publicityStarted() {
        return new PublicityStartedEvent(ROUND, T_APPROVE, T_PUBLICITY_END);
    }

    /** Scores as events and rules keep them: two decimals (BigDecimal equality sees the scale). */
    static BigDecimal score(String value) {
        return new BigDecimal(value);
    }

    /** An event as a process command left it: with the command's id in the meta-data. */
    static EventMessage<?> byProcess(Object event, String processCommandId) {
        return GenericEventMessage.asEventMessage(event)
                .andMetaData(MetaData.with(ProcessCommand.META_DATA_KEY, processCommandId));
    }

    /** Concatenates single events and lists of events into one given-history. */
    static List<Object> history(Object... parts) {
        List<Object> events = new ArrayList<>();
        for (Object part : parts) {
            if (part instanceof List<?> list) {
                events.addAll(list);
            } else {
                events.add(part);
            }
        }
        return events;
    }
}
