package com.wuxiao.query.appraisal;

import com.wuxiao.command.appraisal.api.AppraisalRoundOpenedEvent;
import com.wuxiao.command.appraisal.api.Assignment;
import com.wuxiao.command.appraisal.api.ConsensusScoreRecordedEvent;
import com.wuxiao.command.appraisal.api.PanelNamedEvent;
import com.wuxiao.command.appraisal.api.PanelSeat;
import com.wuxiao.command.appraisal.api.PointsAwardedEvent;
import com.wuxiao.command.appraisal.api.PoolEntry;
import com.wuxiao.command.appraisal.api.PublicityStartedEvent;
import com.wuxiao.command.appraisal.api.RankedProposal;
import com.wuxiao.command.appraisal.api.RankingApprovedEvent;
import com.wuxiao.command.appraisal.api.ReReviewReason;
import com.wuxiao.command.appraisal.api.ReReviewRequiredEvent;
import com.wuxiao.command.appraisal.api.RewardGrantedEvent;
import com.wuxiao.command.appraisal.api.RoundConfig;
import com.wuxiao.command.appraisal.api.RoundFinalisedEvent;
import com.wuxiao.command.appraisal.api.RoundRankedEvent;
import com.wuxiao.command.appraisal.api.ScoreRecordedEvent;
import com.wuxiao.command.appraisal.api.ScorersAssignedEvent;
import com.wuxiao.command.common.api.PointsEarnedEvent;
import com.wuxiao.command.common.api.PointsReason;
import com.wuxiao.command.common.api.RuleViolation;
import com.wuxiao.command.competition.api.Grade;
import com.wuxiao.command.competition.api.GradeQuotas;
import com.wuxiao.command.competition.api.PointsTable;
import com.wuxiao.command.competition.api.ReviewDeadlines;
import com.wuxiao.command.competition.api.RewardAmounts;
import com.wuxiao.command.competition.api.ScoreWeights;
import com.wuxiao.command.identity.api.PanelRole;
import com.wuxiao.command.proposal.api.Author;
import com.wuxiao.command.proposal.api.ProposalAcceptedEvent;
import com.wuxiao.command.proposal.api.ProposalContent;
import com.wuxiao.command.proposal.api.ProposalSubmittedEvent;
import com.wuxiao.command.proposal.api.ProposalType;
import com.wuxiao.query.appraisal.export.AppraisalWorkbooks;
import com.wuxiao.query.leaderboard.LeaderboardProjection;
import com.wuxiao.query.people.WorkerNames;
import com.wuxiao.query.proposal.ProposalProjection;
import com.wuxiao.query.testing.TestDatabase;
import com.wuxiao.query.testing.Workbooks;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.queryhandling.DefaultQueryGateway;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.axonframework.queryhandling.SimpleQueryUpdateEmitter;
import org.axonframework.queryhandling.annotation.AnnotationQueryHandlerAdapter;
import org.junit.jupiter.api.Test;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import static com.wuxiao.query.testing.Logins.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The Excel exports of a round, end to end on PostgreSQL: events go through the real projections
 * (proposals, round, ledger), queries through an Axon query bus to the real handlers, and the bytes
 * the controller answers with are opened again with POI. Only the identity store is a stand-in.
 */
class AppraisalExportTest {

    private static final Instant T0 = Instant.parse("2026-12-01T01:00:00Z");
    /** Reward money with odd fen, so that splitting by share leaves remainders. */
    private static final RewardAmounts AMOUNTS = new RewardAmounts(500_000, 300_000, 100_001, 33_333);
    private static final PointsTable POINTS = PointsTable.defaults();
    private static final List<String> SCORERS = List.of("r0001", "r0002", "r0003");
    /** w1007 is not in the identity store. */
    private static final Map<String, String> NAMES = Map.of("w1001", "张三", "w1002", "李四", "w1003", "王五",
            "w1004", "赵六", "w1005", "钱七", "w1006", "周八", "w1008", "吴九", "w1009", "郑十", "m9001", "孙师傅");
    private static final Map<String, String> UNITS = Map.of("w1001", "ZC1", "w1002", "ZC1", "w1003", "JJ2",
            "w1004", "JJ2", "w1005", "JJ2", "w1006", "JJ2", "w1008", "AQ3", "w1009", "AQ3");

    private static final Authentication LEADER = user("leader", "ROLE_UNION_LEADER");
    private static final Authentication ADMIN = user("admin", "ROLE_ADMIN");
    private static final Authentication REVIEWER = user("r0001", "ROLE_REVIEWER");
    private static final Authentication WORKER = user("w1001", "ROLE_WORKER");

    private final String token = UUID.randomUUID().toString().substring(0, 8);
    private final JdbcClient jdbc = TestDatabase.jdbc();
    private final List<AnnotationEventHandlerAdapter> projections = List.of(
            new AnnotationEventHandlerAdapter(new ProposalProjection(jdbc)),
            new AnnotationEventHandlerAdapter(new AppraisalProjection(jdbc, TestDatabase.namedJdbc())),
            new AnnotationEventHandlerAdapter(new ObjectionProjection(jdbc, TestDatabase.namedJdbc())),
            new AnnotationEventHandlerAdapter(new LeaderboardProjection(jdbc, SimpleQueryUpdateEmitter.builder().build())));
    private final Map<String, Long> sequences = new HashMap<>();
    private final AppraisalQueryController controller;

    AppraisalExportTest() {
        WorkerNames names = ids -> ids.stream().distinct().filter(NAMES::containsKey)
                .collect(Collectors.toMap(Function.identity(), NAMES::get));
        AppraisalReadModel rounds = new AppraisalReadModel(jdbc);
        SimpleQueryBus bus = SimpleQueryBus.builder().build();
        new AnnotationQueryHandlerAdapter<>(new AppraisalQueries(rounds)).subscribe(bus);
        new AnnotationQueryHandlerAdapter<>(new RoundRewardsQueries(rounds, new RoundRewardsReadModel(jdbc), names))
                .subscribe(bus);
        controller = new AppraisalQueryController(DefaultQueryGateway.builder().queryBus(bus).build(),
                new AppraisalWorkbooks(names));
    }

    // --- the round -------------------------------------------------------------------------------

    /** A proposal of the round and its place in the ranking. */
    private record Entry(String key, String title, String unitId, List<Author> authors, String mentorId,
                         String score, int rank, Grade grade) {

        BigDecimal finalScore() {
            return new BigDecimal(score);
        }
    }

    /** Pool order A…G; ranking B, A, C, E, F = G (tie), D. */
    private static final List<Entry> ENTRIES = List.of(
            new Entry("A", "刮板输送机链条自动张紧装置", "ZC1",
                    List.of(new Author("w1001", 60), new Author("w1002", 40)), "m9001", "85.35", 2, Grade.SECOND),
            new Entry("B", "采煤机喷雾降尘自动控制", "JJ2",
                    List.of(new Author("w1003", 33), new Author("w1001", 33), new Author("w1004", 34)), null,
                    "91.25", 1, Grade.FIRST),
            new Entry("C", "皮带机跑偏快速纠正工装", "ZC1", List.of(new Author("w1002", 100)), null, "78.05", 3,
                    Grade.THIRD),
            new Entry("D", "井下照明线路巡检记录表", "JJ2",
                    List.of(new Author("w1005", 50), new Author("w1006", 50)), null, "55.10", 7, Grade.NONE),
            new Entry("E", "液压支架立柱防护套", "JJ2",
                    List.of(new Author("w1007", 34), new Author("w1001", 33), new Author("w1003", 33)), null,
                    "67.10", 4, Grade.MERIT),
            new Entry("F", "瓦斯抽采管路放水器改进", "AQ3", List.of(new Author("w1009", 100)), null, "66.67", 5,
                    Grade.MERIT),
            new Entry("G", "通风机房降噪隔声罩", "AQ3", List.of(new Author("w1008", 100)), null, "66.67", 5,
                    Grade.MERIT));

    private String round(String name) {
        return "2026-Q4-" + name + "-" + token;
    }

    /** Submitted and accepted (acceptance points are in the ledger too, for no round), then opened. */
    private void open(String roundId) {
        List<PoolEntry> pool = new ArrayList<>();
        for (Entry entry : ENTRIES) {
            String proposalId = proposalOf(entry, roundId);
            publish("Proposal", proposalId, new ProposalSubmittedEvent(proposalId, entry.authors().get(0).workerId(),
                    entry.unitId(), new ProposalContent(entry.title(), ProposalType.INNOVATION, "JDYS", "问题", "方案",
                            new BigDecimal("50000"), "减少事故", new BigDecimal("2000")),
                    entry.authors(), entry.mentorId(), 2026, 11, T0.minus(Duration.ofDays(20)),
                    ReviewDeadlines.defaults()));
            Instant acceptedAt = T0.minus(Duration.ofDays(10));
            publish("Proposal", proposalId, new ProposalAcceptedEvent(proposalId, "c1001", 1, null, acceptedAt,
                    entry.authors().stream().collect(Collectors.toMap(Author::workerId, author -> entry.unitId()))));
            for (Author author : entry.authors()) {   // 2 points × share / 100
                publish("Proposal", proposalId, new PointsEarnedEvent(proposalId, proposalId, entry.unitId(),
                        author.workerId(), entry.unitId(), PointsReason.ACCEPTED, author.share(),
                        BigDecimal.valueOf(2L * author.share(), 2), acceptedAt));
            }
            pool.add(new PoolEntry(proposalId, entry.unitId(), entry.authors(), entry.mentorId()));
        }
        publish("AppraisalRound", roundId, new AppraisalRoundOpenedEvent(roundId, 2026, 4, pool,
                new RoundConfig(ScoreWeights.defaults(), GradeQuotas.defaults(), AMOUNTS, POINTS, Duration.ofDays(5)),
                "leader", T0));
        publish("AppraisalRound", roundId, new PanelNamedEvent(roundId, List.of(
                new PanelSeat("r0001", "AQ3", PanelRole.TECH_EXPERT),
                new PanelSeat("r0002", "ZC1", PanelRole.PRODUCTION_BACKBONE),
                new PanelSeat("r0003", "GH", PanelRole.UNION_REP)), "leader", T0.plusSeconds(60)));
        publish("AppraisalRound", roundId, new ScorersAssignedEvent(roundId, 3,
                pool.stream().map(p -> new Assignment(p.proposalId(), SCORERS)).toList(), "leader",
                T0.plusSeconds(120)));
    }

    /** Every scorer scores; A's scores are too far apart and the panel agrees on one score set. */
    private void score(String roundId) {
        for (Entry entry : ENTRIES) {
            String proposalId = proposalOf(entry, roundId);
            for (int i = 0; i < SCORERS.size(); i++) {
                int mark = entry.key().equals("A") ? 50 + 20 * i : 80;
                publish("AppraisalRound", roundId, new ScoreRecordedEvent(roundId, proposalId, SCORERS.get(i), mark,
                        mark, mark, new BigDecimal(mark + ".00"), null, T0.plus(Duration.ofDays(1))));
            }
        }
        String a = proposalOf(ENTRIES.get(0), roundId);
        publish("AppraisalRound", roundId, new ReReviewRequiredEvent(roundId, a, ReReviewReason.SPREAD,
                new BigDecimal("40.00"), null, T0.plus(Duration.ofDays(2))));
        publish("AppraisalRound", roundId, new ConsensusScoreRecordedEvent(roundId, a, 85, 86, 85,
                new BigDecimal("85.35"), "leader", "合议", T0.plus(Duration.ofDays(3))));
    }

    /** Ranked, approved and published. */
    private List<RankedProposal> rankAndPublish(String roundId) {
        List<RankedProposal> ranking = ENTRIES.stream()
                .sorted(Comparator.comparingInt(Entry::rank))
                .map(e -> new RankedProposal(proposalOf(e, roundId), e.unitId(), e.finalScore(), e.rank(), e.grade()))
                .toList();
        Instant at = T0.plus(Duration.ofDays(4));
        publish("AppraisalRound", roundId, new RoundRankedEvent(roundId, ranking, "leader", at));
        publish("AppraisalRound", roundId, new RankingApprovedEvent(roundId, "leader", at.plusSeconds(60)));
        publish("AppraisalRound", roundId, new PublicityStartedEvent(roundId, at.plusSeconds(60),
                at.plus(Duration.ofDays(5))));
        return ranking;
    }

    /** Finalised; each awarded author gets their part of the money and the points, as events. */
    private void finalise(String roundId, List<RankedProposal> ranking) {
        Instant at = T0.plus(Duration.ofDays(10));
        publish("AppraisalRound", roundId, new RoundFinalisedEvent(roundId, 2026, 4, ranking, "leader", at));
        for (Entry entry : ENTRIES) {
            if (entry.grade() == Grade.NONE) {
                continue;
            }
            String proposalId = proposalOf(entry, roundId);
            List<Long> money = splitFen(amountOf(entry.grade()), entry.authors());
            for (int i = 0; i < entry.authors().size(); i++) {
                Author author = entry.authors().get(i);
                publish("AppraisalRound", roundId, new RewardGrantedEvent(roundId, proposalId, entry.unitId(),
                        author.workerId(), UNITS.get(author.workerId()), entry.grade(), author.share(), money.get(i),
                        at));
            }
            for (Author author : entry.authors()) {
                publish("AppraisalRound", roundId, new PointsAwardedEvent(roundId, proposalId, entry.unitId(),
                        author.workerId(), UNITS.get(author.workerId()), entry.grade(), author.share(),
                        splitPoints(pointsOf(entry.grade()), author.share()), at));
            }
        }
    }

    private String finalisedRound() {
        String roundId = round("final");
        open(roundId);
        score(roundId);
        finalise(roundId, rankAndPublish(roundId));
        // Money of another round for the same people must not count.
        String other = round("other");
        publish("AppraisalRound", other, new RewardGrantedEvent(other, "X-" + other, "ZC1", "w1001", "ZC1", Grade.FIRST,
                100, 500_000, T0.plus(Duration.ofDays(10))));
        return roundId;
    }

    private static String proposalOf(Entry entry, String roundId) {
        return entry.key() + "-" + roundId;
    }

    private void publish(String aggregateType, String aggregateId, Object event) {
        long sequence = sequences.merge(aggregateId, 0L, (last, zero) -> last + 1);
        GenericDomainEventMessage<Object> message =
                new GenericDomainEventMessage<>(aggregateType, aggregateId, sequence, event);
        for (AnnotationEventHandlerAdapter projection : projections) {
            try {
                if (projection.canHandle(message)) {
                    projection.handle(message);
                }
            } catch (Exception e) {
                throw new IllegalStateException("projection failed on " + event, e);
            }
        }
    }

    // --- expected values, computed here from the rules of product.md ----------------------------

    private static long amountOf(Grade grade) {
        return switch (grade) {
            case FIRST -> AMOUNTS.firstFen();
            case SECOND -> AMOUNTS.secondFen();
            case THIRD -> AMOUNTS.thirdFen();
            case MERIT -> AMOUNTS.meritFen();
            case NONE -> 0;
        };
    }

    private static int pointsOf(Grade grade) {
        return switch (grade) {
            case FIRST -> POINTS.first();
            case SECOND -> POINTS.second();
            case THIRD -> POINTS.third();
            case MERIT -> POINTS.merit();
            case NONE -> 0;
        };
    }

    /** Each author ⌊total × share / 100⌋ fen; what is left over goes to the first-listed author. */
    private static List<Long> splitFen(long total, List<Author> authors) {
        List<Long> parts = new ArrayList<>();
        long given = 0;
        for (Author author : authors) {
            long part = total * author.share() / 100;
            parts.add(part);
            given += part;
        }
        parts.set(0, parts.get(0) + total - given);
        return parts;
    }

    private static BigDecimal splitPoints(int points, int share) {
        return new BigDecimal(points).multiply(new BigDecimal(share)).divide(new BigDecimal(100), 2, RoundingMode.HALF_UP);
    }

    private record Expected(long fen, BigDecimal points, int proposals) {
    }

    /** Per worker: money, points and awarded proposals, most money first, then by worker id. */
    private static LinkedHashMap<String, Expected> expectedRewards() {
        Map<String, Expected> sums = new HashMap<>();
        for (Entry entry : ENTRIES) {
            if (entry.grade() == Grade.NONE) {
                continue;
            }
            List<Long> money = splitFen(amountOf(entry.grade()), entry.authors());
            for (int i = 0; i < entry.authors().size(); i++) {
                Author author = entry.authors().get(i);
                Expected add = new Expected(money.get(i), splitPoints(pointsOf(entry.grade()), author.share()), 1);
                sums.merge(author.workerId(), add, (a, b) ->
                        new Expected(a.fen() + b.fen(), a.points().add(b.points()), a.proposals() + b.proposals()));
            }
        }
        LinkedHashMap<String, Expected> ordered = new LinkedHashMap<>();
        sums.entrySet().stream()
                .sorted(Comparator.<Map.Entry<String, Expected>>comparingLong(e -> -e.getValue().fen())
                        .thenComparing(Map.Entry::getKey))
                .forEach(e -> ordered.put(e.getKey(), e.getValue()));
        return ordered;
    }

    // --- tests -----------------------------------------------------------------------------------

    @Test
    void theResultsOfAFinalisedRoundInRankingOrder() {
        String roundId = finalisedRound();

        Sheet sheet = Workbooks.sheetOf(controller.resultsWorkbook(roundId, LEADER), "评审结果");

        assertThat(Workbooks.texts(sheet.getRow(0))).containsExactly("排名", "申报编号", "项目名称", "单位", "作者（贡献比例）",
                "导师", "评分次数", "最终得分", "奖项", "复审");
        assertThat(sheet.getLastRowNum()).isEqualTo(ENTRIES.size());
        List<String> order = new ArrayList<>();
        for (int r = 1; r <= ENTRIES.size(); r++) {
            order.add(Workbooks.text(sheet.getRow(r), 1));
        }
        assertThat(order).containsExactly(proposalOf(ENTRIES.get(1), roundId), proposalOf(ENTRIES.get(0), roundId),
                proposalOf(ENTRIES.get(2), roundId), proposalOf(ENTRIES.get(4), roundId),
                proposalOf(ENTRIES.get(5), roundId), proposalOf(ENTRIES.get(6), roundId),
                proposalOf(ENTRIES.get(3), roundId));

        Row a = sheet.getRow(2);
        assertThat(Workbooks.number(a, 0)).isEqualTo(2);
        assertThat(Workbooks.text(a, 2)).isEqualTo("刮板输送机链条自动张紧装置");
        assertThat(Workbooks.text(a, 3)).isEqualTo("ZC1");
        assertThat(Workbooks.text(a, 4)).isEqualTo("张三（60%）、李四（40%）");
        assertThat(Workbooks.text(a, 5)).isEqualTo("孙师傅");
        assertThat(Workbooks.number(a, 6)).isEqualTo(3);
        assertThat(Workbooks.decimal(a, 7)).isEqualByComparingTo("85.35");
        assertThat(a.getCell(7).getCellStyle().getDataFormatString()).isEqualTo("0.00");
        assertThat(Workbooks.text(a, 8)).isEqualTo("二等奖");
        assertThat(Workbooks.text(a, 9)).isEqualTo("评分差距过大");

        Row b = sheet.getRow(1);
        assertThat(Workbooks.number(b, 0)).isEqualTo(1);
        assertThat(Workbooks.text(b, 4)).isEqualTo("王五（33%）、张三（33%）、赵六（34%）");
        assertThat(b.getCell(5)).as("no mentor").isNull();
        assertThat(Workbooks.text(b, 8)).isEqualTo("一等奖");
        assertThat(b.getCell(9)).as("never re-reviewed").isNull();

        Row e = sheet.getRow(4);
        assertThat(Workbooks.text(e, 4)).as("a worker unknown to the identity store by id").isEqualTo(
                "w1007（34%）、张三（33%）、王五（33%）");
        assertThat(Workbooks.text(e, 8)).isEqualTo("优秀奖");
        assertThat(Workbooks.number(sheet.getRow(5), 0)).as("a tie shares its rank").isEqualTo(5);
        assertThat(Workbooks.number(sheet.getRow(6), 0)).isEqualTo(5);
        Row d = sheet.getRow(7);
        assertThat(Workbooks.decimal(d, 7)).isEqualByComparingTo("55.10");
        assertThat(Workbooks.text(d, 8)).isEqualTo("未获奖");
    }

    @Test
    void rewardsPerPersonAreTheRoundsMoneyAndPointsSummedPerWorkerWithATotal() {
        String roundId = finalisedRound();
        assertThat(jdbc.sql("SELECT count(*) FROM points_ledger WHERE kind = 'ACCEPTED' AND proposal_id LIKE :p")
                .param("p", "%-" + roundId).query(Long.class).single())
                .as("acceptance entries of the same proposals exist and must not count").isPositive();

        Sheet sheet = Workbooks.sheetOf(controller.rewardsWorkbook(roundId, ADMIN), "个人奖励");

        assertThat(Workbooks.texts(sheet.getRow(0))).containsExactly("工号", "姓名", "单位", "获奖项目数", "奖金（元）", "积分");
        LinkedHashMap<String, Expected> expected = expectedRewards();
        assertThat(expected.keySet()).as("D (未获奖) earns nothing; F and G tie, so id order")
                .containsExactly("w1001", "w1002", "w1003", "w1004", "w1008", "w1009", "w1007");
        assertThat(sheet.getLastRowNum()).isEqualTo(expected.size() + 1);
        int r = 1;
        for (Map.Entry<String, Expected> worker : expected.entrySet()) {
            Row row = sheet.getRow(r++);
            assertThat(Workbooks.text(row, 0)).isEqualTo(worker.getKey());
            assertThat(row.getCell(1) == null ? null : Workbooks.text(row, 1)).isEqualTo(NAMES.get(worker.getKey()));
            assertThat(row.getCell(2) == null ? null : Workbooks.text(row, 2)).isEqualTo(UNITS.get(worker.getKey()));
            assertThat(Workbooks.number(row, 3)).as(worker.getKey()).isEqualTo(worker.getValue().proposals());
            assertThat(Workbooks.decimal(row, 4)).as(worker.getKey()).isEqualByComparingTo(BigDecimal.valueOf(worker.getValue().fen(), 2));
            assertThat(row.getCell(4).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
            assertThat(Workbooks.decimal(row, 5)).as(worker.getKey()).isEqualByComparingTo(worker.getValue().points());
            assertThat(row.getCell(5).getCellStyle().getDataFormatString()).isEqualTo("0.00");
        }
        // by hand: 1800.00 (A) + 1650.00 (B) + ⌊333.33 × 33 %⌋ = 109.99 (E)
        assertThat(Workbooks.decimal(sheet.getRow(1), 4)).isEqualByComparingTo("3559.99");
        assertThat(Workbooks.decimal(sheet.getRow(1), 5)).isEqualByComparingTo("14.46");
        // w1007 is first-listed on E: 113.33 + the 0.02 left over
        assertThat(Workbooks.decimal(sheet.getRow(7), 4)).isEqualByComparingTo("113.35");

        Row total = sheet.getRow(expected.size() + 1);
        assertThat(Workbooks.text(total, 0)).isEqualTo("合计");
        assertThat(total.getCell(3)).isNull();
        long totalFen = expected.values().stream().mapToLong(Expected::fen).sum();
        assertThat(totalFen).as("every awarded grade's money, fully paid out")
                .isEqualTo(AMOUNTS.firstFen() + AMOUNTS.secondFen() + AMOUNTS.thirdFen() + 3 * AMOUNTS.meritFen());
        assertThat(Workbooks.decimal(total, 4)).isEqualByComparingTo(BigDecimal.valueOf(totalFen, 2));
        assertThat(Workbooks.decimal(total, 5)).isEqualByComparingTo(
                expected.values().stream().map(Expected::points).reduce(BigDecimal.ZERO, BigDecimal::add));
        assertThat(sheet.getWorkbook().getFontAt(total.getCell(4).getCellStyle().getFontIndex()).getBold()).isTrue();
    }

    @Test
    void theDownloadIsAnXlsxAttachmentNamedAfterTheRound() throws Exception {
        String roundId = finalisedRound();
        MockMvc mvc = MockMvcBuilders.standaloneSetup(controller).build();

        MockHttpServletResponse rewards = mvc.perform(get("/api/appraisal-rounds/{id}/rewards.xlsx", roundId)
                .principal(LEADER).accept("*/*")).andReturn().getResponse();
        MockHttpServletResponse results = mvc.perform(get("/api/appraisal-rounds/{id}/results.xlsx", roundId)
                .principal(LEADER)).andReturn().getResponse();

        assertThat(rewards.getStatus()).isEqualTo(200);
        assertThat(rewards.getContentType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        String disposition = rewards.getHeader(HttpHeaders.CONTENT_DISPOSITION);
        assertThat(disposition).startsWith("attachment; ")
                .contains("filename=\"appraisal-rewards-" + roundId + ".xlsx\"")
                .contains("filename*=UTF-8''%E4%B8%AA%E4%BA%BA%E5%A5%96%E5%8A%B1-" + roundId + ".xlsx");
        ContentDisposition parsed = ContentDisposition.parse(disposition);
        assertThat(parsed.isAttachment()).isTrue();
        assertThat(parsed.getFilename()).isEqualTo("个人奖励-" + roundId + ".xlsx");
        assertThat(parsed.getCharset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(rewards.getHeader(HttpHeaders.CACHE_CONTROL)).isEqualTo("no-store");
        assertThat(Workbooks.workbook(rewards.getContentAsByteArray()).getSheet("个人奖励")).isNotNull();

        assertThat(results.getStatus()).isEqualTo(200);
        assertThat(results.getContentType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(ContentDisposition.parse(results.getHeader(HttpHeaders.CONTENT_DISPOSITION)).getFilename())
                .isEqualTo("评审结果-" + roundId + ".xlsx");
        assertThat(Workbooks.workbook(results.getContentAsByteArray()).getSheet("评审结果")).isNotNull();
    }

    @Test
    void beforeFinalisationResultsShowTheCurrentGradesAndThereAreNoRewardsYet() {
        String roundId = round("publicity");
        open(roundId);
        score(roundId);
        rankAndPublish(roundId);

        Sheet sheet = Workbooks.sheetOf(controller.resultsWorkbook(roundId, LEADER), "评审结果");
        assertThat(Workbooks.text(sheet.getRow(1), 1)).isEqualTo(proposalOf(ENTRIES.get(1), roundId));
        assertThat(Workbooks.text(sheet.getRow(1), 8)).isEqualTo("一等奖");
        assertThat(Workbooks.text(sheet.getRow(7), 8)).isEqualTo("未获奖");

        assertThatThrownBy(() -> controller.rewardsWorkbook(roundId, LEADER))
                .isInstanceOfSatisfying(RuleViolation.class, v -> {
                    assertThat(v.kind()).isEqualTo(RuleViolation.Kind.CONFLICT);
                    assertThat(v.code()).isEqualTo("round-not-finalised");
                    assertThat(v.messageZh()).contains("公示中");
                    assertThat(v.messageEn()).contains("finalised");
                });
    }

    @Test
    void anUnrankedRoundListsItsPoolInOrderWithoutRanksScoresOrGrades() {
        String roundId = round("scoring");
        open(roundId);

        Sheet sheet = Workbooks.sheetOf(controller.resultsWorkbook(roundId, ADMIN), "评审结果");

        assertThat(sheet.getLastRowNum()).isEqualTo(ENTRIES.size());
        for (int r = 1; r <= ENTRIES.size(); r++) {
            Row row = sheet.getRow(r);
            assertThat(Workbooks.text(row, 1)).isEqualTo(proposalOf(ENTRIES.get(r - 1), roundId));
            assertThat(row.getCell(0)).isNull();
            assertThat(Workbooks.number(row, 6)).as("nothing scored yet").isZero();
            assertThat(row.getCell(7)).isNull();
            assertThat(row.getCell(8)).isNull();
        }
    }

    @Test
    void onlyTheUnionOfficeAndAdministratorsMayExport() {
        String roundId = finalisedRound();

        for (Authentication other : List.of(REVIEWER, WORKER, user("c1001", "ROLE_UNIT_COORDINATOR"))) {
            assertThatThrownBy(() -> controller.resultsWorkbook(roundId, other))
                    .isInstanceOfSatisfying(RuleViolation.class, v -> {
                        assertThat(v.kind()).isEqualTo(RuleViolation.Kind.FORBIDDEN);
                        assertThat(v.code()).isEqualTo("not-union-leader");
                    });
            assertThatThrownBy(() -> controller.rewardsWorkbook(roundId, other))
                    .isInstanceOfSatisfying(RuleViolation.class,
                            v -> assertThat(v.kind()).isEqualTo(RuleViolation.Kind.FORBIDDEN));
        }
        assertThatThrownBy(() -> controller.rewardsWorkbook(roundId, null))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.code()).isEqualTo("login-required"));
        assertThat(controller.rewardsWorkbook(roundId, ADMIN).getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void anUnknownRoundIsNotFound() {
        for (var export : List.<Function<Authentication, ResponseEntity<byte[]>>>of(
                auth -> controller.resultsWorkbook("2031-Q1-" + token, auth),
                auth -> controller.rewardsWorkbook("2031-Q1-" + token, auth))) {
            assertThatThrownBy(() -> export.apply(LEADER))
                    .isInstanceOfSatisfying(RuleViolation.class, v -> {
                        assertThat(v.kind()).isEqualTo(RuleViolation.Kind.NOT_FOUND);
                        assertThat(v.code()).isEqualTo("round-not-found");
                    });
        }
    }

    // --- reading the files -----------------------------------------------------------------------

}
