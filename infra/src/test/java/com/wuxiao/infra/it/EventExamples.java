package com.wuxiao.infra.it;

import com.wuxiao.command.appraisal.api.AppraisalRoundOpenedEvent;
import com.wuxiao.command.appraisal.api.Assignment;
import com.wuxiao.command.appraisal.api.ConsensusScoreRecordedEvent;
import com.wuxiao.command.appraisal.api.ObjectionDeniedEvent;
import com.wuxiao.command.appraisal.api.ObjectionRaisedEvent;
import com.wuxiao.command.appraisal.api.ObjectionUpheldEvent;
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
import com.wuxiao.command.catalogue.api.MeetingInterest;
import com.wuxiao.command.catalogue.api.MeetingInterestRecordedEvent;
import com.wuxiao.command.catalogue.api.MeetingScheduledEvent;
import com.wuxiao.command.catalogue.api.PresentedResult;
import com.wuxiao.command.catalogue.api.ResultRequestAcceptedEvent;
import com.wuxiao.command.catalogue.api.ResultRequestDeclinedEvent;
import com.wuxiao.command.catalogue.api.ResultRequestedEvent;
import com.wuxiao.command.commendation.api.CommendationConfirmedEvent;
import com.wuxiao.command.commendation.api.CommendationDraftedEvent;
import com.wuxiao.command.commendation.api.CommendedWorker;
import com.wuxiao.command.commendation.api.CraftsmanConferredEvent;
import com.wuxiao.command.commendation.api.ResultRecommendedEvent;
import com.wuxiao.command.commendation.api.UnitScore;
import com.wuxiao.command.common.api.PointsEarnedEvent;
import com.wuxiao.command.common.api.PointsReason;
import com.wuxiao.command.competition.api.Category;
import com.wuxiao.command.competition.api.CompetitionYearConfiguredEvent;
import com.wuxiao.command.competition.api.Grade;
import com.wuxiao.command.competition.api.GradeQuotas;
import com.wuxiao.command.competition.api.PointsTable;
import com.wuxiao.command.competition.api.ReviewDeadlines;
import com.wuxiao.command.competition.api.RewardAmounts;
import com.wuxiao.command.competition.api.ScoreWeights;
import com.wuxiao.command.competition.api.UnitHeadcountsSetEvent;
import com.wuxiao.command.competition.api.YearConfig;
import com.wuxiao.command.conversion.api.AdoptionDeclinedEvent;
import com.wuxiao.command.conversion.api.AdoptionFeedbackGivenEvent;
import com.wuxiao.command.conversion.api.BenefitReportCorrectedEvent;
import com.wuxiao.command.conversion.api.BenefitReportedEvent;
import com.wuxiao.command.conversion.api.ConversionMilestone;
import com.wuxiao.command.conversion.api.ConversionMilestoneOverdueEvent;
import com.wuxiao.command.conversion.api.PlannedMilestones;
import com.wuxiao.command.conversion.api.ResultAdoptedEvent;
import com.wuxiao.command.conversion.api.ResultHandedOverEvent;
import com.wuxiao.command.conversion.api.TrialEndedEvent;
import com.wuxiao.command.conversion.api.TrialStartedEvent;
import com.wuxiao.command.fund.api.ClaimItem;
import com.wuxiao.command.fund.api.FundBudgetSetEvent;
import com.wuxiao.command.fund.api.FundClaimApprovedEvent;
import com.wuxiao.command.fund.api.FundClaimOverdueEvent;
import com.wuxiao.command.fund.api.FundClaimRefusedEvent;
import com.wuxiao.command.fund.api.FundClaimSubmittedEvent;
import com.wuxiao.command.fund.api.FundCostKind;
import com.wuxiao.command.identity.api.PanelRole;
import com.wuxiao.command.payout.api.PayableReward;
import com.wuxiao.command.payout.api.PayoutBatchApprovedEvent;
import com.wuxiao.command.payout.api.PayoutBatchCancelledEvent;
import com.wuxiao.command.payout.api.PayoutBatchCreatedEvent;
import com.wuxiao.command.payout.api.PayoutBatchPaidEvent;
import com.wuxiao.command.need.api.NeedClosedEvent;
import com.wuxiao.command.need.api.NeedPublishedEvent;
import com.wuxiao.command.patent.api.OfficeActionAnsweredEvent;
import com.wuxiao.command.patent.api.OfficeActionRecordedEvent;
import com.wuxiao.command.patent.api.PatentAbandonedEvent;
import com.wuxiao.command.patent.api.PatentApplicationPreparedEvent;
import com.wuxiao.command.patent.api.PatentFiledEvent;
import com.wuxiao.command.patent.api.PatentGrantedEvent;
import com.wuxiao.command.patent.api.PatentNominatedEvent;
import com.wuxiao.command.patent.api.PatentRejectedEvent;
import com.wuxiao.command.patent.api.PatentStep;
import com.wuxiao.command.patent.api.PatentStepOverdueEvent;
import com.wuxiao.command.patent.api.PatentType;
import com.wuxiao.command.proposal.api.Author;
import com.wuxiao.command.proposal.api.ProposalAcceptedEvent;
import com.wuxiao.command.proposal.api.ProposalAppraisedEvent;
import com.wuxiao.command.proposal.api.ProposalContent;
import com.wuxiao.command.proposal.api.ProposalRejectedEvent;
import com.wuxiao.command.proposal.api.ProposalReturnedEvent;
import com.wuxiao.command.proposal.api.ProposalRevisedEvent;
import com.wuxiao.command.proposal.api.ProposalSubmittedEvent;
import com.wuxiao.command.proposal.api.AttachmentAddedEvent;
import com.wuxiao.command.proposal.api.AttachmentRef;
import com.wuxiao.command.proposal.api.ProposalType;
import com.wuxiao.command.proposal.api.ProposalWithdrawnEvent;
import com.wuxiao.command.proposal.api.RejectionReason;
import com.wuxiao.command.proposal.api.ScreeningEscalatedEvent;
import com.wuxiao.command.proposal.api.WithdrawalReason;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Example events for {@link EventCorpusGenerator}, one of each type, with values as the application
 * would store them. Used only to write a missing corpus file once; the committed files, not this
 * class, are the stored history the corpus test reads. Every field is set, so that the corpus
 * holds (and the test checks) all of them.
 */
final class EventExamples {

    private static final String PROPOSAL = "3f6c2a1e-8d4b-4e7a-9c15-2b7e0d9a4f61";
    private static final String OTHER_PROPOSAL = "b81e4c07-52d9-4a3f-8e6b-0f2d7c9a1e35";
    private static final String ROUND = "2026-Q1";
    private static final String CONVERSION = "CONV-" + PROPOSAL + "-JJ2";
    private static final String PATENT = "PAT-" + PROPOSAL;
    private static final String COMMENDATION = "COMM-2026";
    private static final String NEED = "NEED-5a1c9e02-7b3d-4f16-9e8a-2c4d6f8b0a13";
    private static final String REQUEST = "REQ-" + PROPOSAL + "-JJ2";
    private static final String MEETING = "MEET-0c7e2b95-3f4a-4d61-8b2e-9a5d1c3e7f20";
    private static final String FUND = "FUND-2026";
    private static final String CLAIM = "CLAIM-1f4d8b26-9c3e-4a75-b0d1-6e2f8a4c9b37";
    private static final String PAYOUTS = "PAYOUT-2026";
    private static final String BATCH = "BATCH-6c1e8a37-4b2f-4d95-9e07-3a5d8c2f1b64";
    private static final String OBJECTION = "7d2e9b40-1c6a-4f83-b5e2-9a0c4d7f8e21";

    private static final List<Author> AUTHORS = List.of(new Author("w1001", 70), new Author("w1002", 30));
    private static final ProposalContent CONTENT = new ProposalContent("采煤机截齿快速更换工装",
            ProposalType.INNOVATION, "CMJS", "截齿更换需两人配合、耗时长且易伤手。",
            "设计专用卡具与液压顶出装置，一人即可在五分钟内完成更换。", new BigDecimal("120000.00"),
            "减少更换截齿时的手部伤害", new BigDecimal("3500.00"));
    private static final Instant AWARDED = Instant.parse("2026-04-20T08:00:00Z");

    private EventExamples() {
    }

    static List<Object> all() {
        return List.of(
                // competition
                new CompetitionYearConfiguredEvent("2026", yearConfig(), "leader", at("2026-01-05T01:30:00Z")),
                new UnitHeadcountsSetEvent("2026", headcounts(), "leader", at("2026-01-05T01:35:00Z")),
                // proposal
                new ProposalSubmittedEvent(PROPOSAL, "w1001", "ZC1", CONTENT, AUTHORS, "r0002", 2026, 1,
                        at("2026-01-12T02:15:30Z"), ReviewDeadlines.defaults()),
                new ProposalReturnedEvent(PROPOSAL, "c1001", 1, "请补充卡具的受力校核和现场照片。",
                        at("2026-01-13T06:40:00Z")),
                new AttachmentAddedEvent(PROPOSAL, "w1001", new AttachmentRef("0b7c4e2a-5d91-4f36-a8e0-3c2f9d1b6a74",
                        "卡具受力校核.pdf", "application/pdf", 482_311L,
                        "9f2b5c0d4e8a7163b2c9d0e1f4a5b6c7d8e9f0a1b2c3d4e5f60718293a4b5c6d"),
                        at("2026-01-14T02:30:00Z")),
                new ProposalRevisedEvent(PROPOSAL, "w1001", 2, CONTENT, AUTHORS, "r0002",
                        at("2026-01-15T03:05:12Z"), ReviewDeadlines.defaults()),
                new ScreeningEscalatedEvent(PROPOSAL, 2, at("2026-01-22T03:05:12Z")),
                new ProposalAcceptedEvent(PROPOSAL, "c1001", 2, "材料齐全，同意推荐参评。",
                        at("2026-01-23T01:20:00Z"), new LinkedHashMap<>(Map.of("w1001", "ZC1", "w1002", "ZC1"))),
                new ProposalRejectedEvent(OTHER_PROPOSAL, "c2001", 1, RejectionReason.DUPLICATE,
                        "与本年度已受理的“皮带机托辊在线监测”内容重复。", at("2026-02-03T07:10:00Z")),
                new ProposalWithdrawnEvent(OTHER_PROPOSAL, "w2001", WithdrawalReason.BY_AUTHOR,
                        at("2026-02-04T00:45:00Z")),
                new ProposalAppraisedEvent(PROPOSAL, ROUND, Grade.SECOND, new BigDecimal("86.45"), 3,
                        at("2026-04-20T08:00:00Z")),
                // appraisal
                new AppraisalRoundOpenedEvent(ROUND, 2026, 1,
                        List.of(new PoolEntry(PROPOSAL, "ZC1", AUTHORS, "r0002"),
                                new PoolEntry(OTHER_PROPOSAL, "JJ2", List.of(new Author("w2001", 100)), "r0004")),
                        new RoundConfig(ScoreWeights.defaults(), GradeQuotas.defaults(), RewardAmounts.defaults(),
                                PointsTable.defaults(), Duration.ofDays(5)),
                        "leader", at("2026-04-01T01:00:00Z")),
                new PanelNamedEvent(ROUND, List.of(new PanelSeat("r0001", "JDK", PanelRole.TECH_EXPERT),
                        new PanelSeat("r0002", "ZC1", PanelRole.PRODUCTION_BACKBONE),
                        new PanelSeat("r0003", "TFQ", PanelRole.UNION_REP)), "leader", at("2026-04-01T01:10:00Z")),
                new ScorersAssignedEvent(ROUND, 3,
                        List.of(new Assignment(PROPOSAL, List.of("r0001", "r0003", "r0004")),
                                new Assignment(OTHER_PROPOSAL, List.of("r0002", "r0005", "r0006"))),
                        "leader", at("2026-04-01T01:20:00Z")),
                new ScoreRecordedEvent(ROUND, PROPOSAL, "r0001", 88, 85, 80, new BigDecimal("84.95"),
                        "结构简单可靠，适合在各综采队推广。", at("2026-04-08T02:30:00Z")),
                new ReReviewRequiredEvent(ROUND, PROPOSAL, ReReviewReason.OBJECTION, new BigDecimal("18.50"),
                        OBJECTION, at("2026-04-16T06:00:00Z")),
                new ConsensusScoreRecordedEvent(ROUND, PROPOSAL, 88, 86, 84, new BigDecimal("86.30"), "leader",
                        "专家组合议后统一评分。", at("2026-04-12T07:00:00Z")),
                new RoundRankedEvent(ROUND, ranking(), "leader", at("2026-04-13T02:00:00Z")),
                new RankingApprovedEvent(ROUND, "leader", at("2026-04-13T06:30:00Z")),
                new PublicityStartedEvent(ROUND, at("2026-04-14T00:00:00Z"), at("2026-04-19T00:00:00Z")),
                new ObjectionRaisedEvent(ROUND, OBJECTION, PROPOSAL, "w2001",
                        "该工装与掘进二队去年的成果相似，请核实原创性。", at("2026-04-15T03:20:00Z")),
                new ObjectionUpheldEvent(ROUND, OBJECTION, PROPOSAL, "leader", "经核实部分结构相同，需重新评审。",
                        at("2026-04-16T06:00:00Z")),
                new ObjectionDeniedEvent(ROUND, "e4a91f3c-6b20-4d58-a7c3-5f1e8b2d0c96", OTHER_PROPOSAL, "leader",
                        "经核实为独立完成，异议不成立。", at("2026-04-16T06:30:00Z")),
                new RoundFinalisedEvent(ROUND, 2026, 1, ranking(), "leader", AWARDED),
                new RewardGrantedEvent(ROUND, PROPOSAL, "ZC1", "w1001", "ZC1", Grade.SECOND, 70, 210_000L, AWARDED),
                new PointsAwardedEvent(ROUND, PROPOSAL, "ZC1", "w1001", "ZC1", Grade.SECOND, 70,
                        new BigDecimal("8.40"), AWARDED),
                // conversion
                new ResultHandedOverEvent(CONVERSION, PROPOSAL, "采煤机截齿快速更换工装", "ZC1", "JJ2", "owner2",
                        new PlannedMilestones(LocalDate.parse("2026-05-04"), LocalDate.parse("2026-06-30"),
                                LocalDate.parse("2026-07-15")),
                        AWARDED, "owner", at("2026-04-25T02:00:00Z")),
                new TrialStartedEvent(CONVERSION, PROPOSAL, LocalDate.parse("2026-05-06"), "owner2",
                        at("2026-05-06T01:00:00Z")),
                new TrialEndedEvent(CONVERSION, PROPOSAL, LocalDate.parse("2026-06-28"),
                        "试用两个月，换齿时间由四十分钟缩短到八分钟，未发生手部伤害。", "owner2",
                        at("2026-06-28T09:00:00Z")),
                new ResultAdoptedEvent(CONVERSION, PROPOSAL, "ZC1", "JJ2", true, AWARDED, "owner2",
                        at("2026-07-10T02:00:00Z")),
                new AdoptionDeclinedEvent("CONV-" + PROPOSAL + "-TFQ", PROPOSAL, "通风区无采煤机，不适用。", "owner4",
                        at("2026-07-12T02:00:00Z")),
                new BenefitReportedEvent(CONVERSION, PROPOSAL, "ZC1", "JJ2", 3, new BigDecimal("45000.00"), 2,
                        new BigDecimal("320.5"), "owner2", at("2026-10-12T03:00:00Z")),
                new BenefitReportCorrectedEvent(CONVERSION, PROPOSAL, 3, "节约金额误含材料费，按财务核定数重报。",
                        "owner2", at("2026-10-20T03:00:00Z")),
                new ConversionMilestoneOverdueEvent(CONVERSION, PROPOSAL, "JJ2", "owner2",
                        ConversionMilestone.BENEFIT_REPORT_12_MONTHS, LocalDate.parse("2027-07-10"),
                        at("2027-07-11T00:00:00Z")),
                new PointsEarnedEvent(CONVERSION, PROPOSAL, "ZC1", "w1002", "ZC1", PointsReason.REPLICATED, 30,
                        new BigDecimal("1.50"), at("2026-07-10T02:00:00Z")),
                new AdoptionFeedbackGivenEvent(CONVERSION, PROPOSAL, "JJ2", "换齿时间由四十分钟缩短到八分钟。",
                        "卡具手柄加长五厘米，便于戴手套操作。", "owner2", at("2026-08-03T02:00:00Z")),
                // production needs
                new NeedPublishedEvent(NEED, "主运皮带频繁跑偏", "主运皮带机每班需人工调整三次，影响生产。", "JJ2", "JDYS",
                        LocalDate.parse("2026-03-31"), "解决者另奖 2000 元", "owner2", at("2026-01-08T01:00:00Z")),
                new NeedClosedEvent(NEED, "JJ2", true, "已由“皮带机自动纠偏装置”解决。", "owner2",
                        at("2026-05-10T01:00:00Z")),
                // results catalogue
                new ResultRequestedEvent(REQUEST, PROPOSAL, "采煤机截齿快速更换工装", "ZC1", "JJ2", "owner2",
                        "二号采区也有同样问题。", MEETING, "leader", at("2026-04-22T06:00:00Z")),
                new ResultRequestAcceptedEvent(REQUEST, PROPOSAL, "JJ2", CONVERSION, "leader",
                        at("2026-04-25T02:00:00Z")),
                new ResultRequestDeclinedEvent("REQ-" + PROPOSAL + "-TFQ", PROPOSAL, "TFQ", "owner4",
                        "通风区无采煤机，不适用。", "leader", at("2026-04-25T02:10:00Z")),
                new MeetingScheduledEvent(MEETING, "2026 年第一季度成果推介会", LocalDate.parse("2026-04-22"),
                        "公司三楼会议室", List.of(new PresentedResult(PROPOSAL, "采煤机截齿快速更换工装", "ZC1")),
                        List.of("owner2", "owner4"), "leader", at("2026-04-20T02:00:00Z")),
                new MeetingInterestRecordedEvent(MEETING, List.of(new MeetingInterest("owner2", PROPOSAL, "JJ2")),
                        "leader", at("2026-04-22T06:00:00Z")),
                new CraftsmanConferredEvent(COMMENDATION, 2026, "w3001", "JDK", "扎根机电一线二十年，主持完成技术革新十二项。",
                        "leader", at("2026-12-30T02:00:00Z")),
                // innovation fund
                new FundBudgetSetEvent(FUND, 2026, 50_000_000L, "leader", at("2026-01-06T02:00:00Z")),
                new FundClaimSubmittedEvent(FUND, CLAIM, 2026, PROPOSAL, "采煤机截齿快速更换工装", "ZC1", "CMJS", "w1001",
                        List.of(new ClaimItem(FundCostKind.MATERIALS, "液压缸及密封件", 350_000L),
                                new ClaimItem(FundCostKind.EQUIPMENT_RENTAL, "数控折弯机租用两天", 120_000L)),
                        470_000L, List.of(new AttachmentRef("5b8e2c1d-0a4f-4e7b-9d36-c2f1a8e05b74", "发票.pdf",
                                "application/pdf", 48_213L, "9f2c4e6a8b0d1f3e5a7c9e1b3d5f7a9c2e4b6d8f0a1c3e5b7d9f1a3c5e7b9d0f")),
                        at("2026-02-10T03:00:00Z")),
                new FundClaimOverdueEvent(FUND, CLAIM, "w1001", at("2026-02-10T03:00:00Z"), at("2026-02-17T03:00:00Z")),
                new FundClaimApprovedEvent(FUND, CLAIM, PROPOSAL, "ZC1", "CMJS", "w1001", 450_000L,
                        "运费不在报销范围，核减 200 元。", "leader", at("2026-02-18T02:00:00Z")),
                new FundClaimRefusedEvent(FUND, "CLAIM-7e3a9c15-2d4b-4f60-8a1e-5c9b0d2f4e68", PROPOSAL, "w1002",
                        "票据与明细不符。", "leader", at("2026-02-19T02:00:00Z")),
                // reward payouts
                new PayoutBatchCreatedEvent(PAYOUTS, 2026, BATCH, List.of(new PayableReward(
                        ROUND + ":" + PROPOSAL + ":w1001", ROUND, PROPOSAL, "w1001", "ZC1", Grade.SECOND, 210_000L)),
                        210_000L, "leader", at("2026-04-25T02:00:00Z")),
                new PayoutBatchApprovedEvent(PAYOUTS, BATCH, "leader", at("2026-04-26T02:00:00Z")),
                new PayoutBatchPaidEvent(PAYOUTS, BATCH, List.of(ROUND + ":" + PROPOSAL + ":w1001"),
                        "GSYH-20260428-0001", LocalDate.parse("2026-04-28"), "leader", at("2026-04-28T06:00:00Z")),
                new PayoutBatchCancelledEvent(PAYOUTS, "BATCH-2b9d4f61-8e3a-4c07-a5d2-7f1c9e0b3a48", "金额核对有误，重新生成。",
                        "leader", at("2026-04-25T03:00:00Z")),
                // patent
                new PatentNominatedEvent(PATENT, PROPOSAL, "采煤机截齿快速更换工装", "ZC1", 2026,
                        PatentType.UTILITY_MODEL, AWARDED, "leader", at("2026-04-28T02:00:00Z")),
                new PatentApplicationPreparedEvent(PATENT, PROPOSAL, "北京某某知识产权代理有限公司",
                        "权利要求书和说明书附图已定稿。", "owner", at("2026-05-20T02:00:00Z")),
                new PatentFiledEvent(PATENT, PROPOSAL, "ZC1", PatentType.UTILITY_MODEL, "2026210345678.X",
                        LocalDate.parse("2026-06-02"), "owner", at("2026-06-03T01:00:00Z")),
                new OfficeActionRecordedEvent(PATENT, PROPOSAL, 1, LocalDate.parse("2026-09-15"),
                        LocalDate.parse("2026-11-15"), "审查意见：权利要求1不具备新颖性。", "owner",
                        at("2026-09-18T02:00:00Z")),
                new OfficeActionAnsweredEvent(PATENT, PROPOSAL, 1, LocalDate.parse("2026-10-30"),
                        "修改权利要求1，增加液压顶出装置的技术特征。", "owner", at("2026-10-30T08:00:00Z")),
                new PatentGrantedEvent(PATENT, PROPOSAL, "ZC1", PatentType.UTILITY_MODEL, "ZL202621034567.8",
                        LocalDate.parse("2027-01-20"), "owner", at("2027-01-22T01:00:00Z")),
                new PatentRejectedEvent("PAT-" + OTHER_PROPOSAL, OTHER_PROPOSAL, LocalDate.parse("2027-02-10"),
                        "驳回决定：不具备创造性。", "owner2", at("2027-02-12T01:00:00Z")),
                new PatentAbandonedEvent("PAT-" + OTHER_PROPOSAL, OTHER_PROPOSAL, "复审希望不大，放弃申请。", "owner2",
                        at("2027-03-01T01:00:00Z")),
                new PatentStepOverdueEvent(PATENT, PROPOSAL, PatentStep.OFFICE_ACTION_RESPONSE,
                        at("2026-11-15T16:00:00Z"), at("2026-11-16T00:00:00Z")),
                // commendation
                new ResultRecommendedEvent(COMMENDATION, 2026, PROPOSAL, "采煤机截齿快速更换工装", "ZC1", Grade.SECOND,
                        "推广到两个单位，效益显著。", "leader", at("2026-12-10T02:00:00Z")),
                new CommendationDraftedEvent(COMMENDATION, 2026,
                        List.of(new CommendedWorker(1, "w1001", "ZC1", new BigDecimal("36.40")),
                                new CommendedWorker(2, "w2001", "JJ2", new BigDecimal("22.00"))),
                        List.of(new UnitScore(1, "ZC1", new BigDecimal("0.1250"), new BigDecimal("3.33"), 2,
                                        new BigDecimal("78.60"), true),
                                new UnitScore(2, "JJ2", new BigDecimal("0.0667"), new BigDecimal("1.11"), 0,
                                        new BigDecimal("41.20"), false)),
                        "leader", at("2026-12-15T02:00:00Z")),
                new CommendationConfirmedEvent(COMMENDATION, 2026, "leader", at("2026-12-20T02:00:00Z")));
    }

    private static YearConfig yearConfig() {
        return new YearConfig(2026,
                List.of(new Category("JJKF", "掘进开发"), new Category("JDYS", "机电运输"),
                        new Category("TFAQ", "通风安全"), new Category("CMJS", "采煤技术")),
                Set.of(1, 4, 7, 10), ScoreWeights.defaults(), GradeQuotas.defaults(), RewardAmounts.defaults(),
                PointsTable.defaults(), ReviewDeadlines.defaults(), 10);
    }

    private static Map<String, Integer> headcounts() {
        return Map.of("ZC1", 120, "JJ2", 90, "JDK", 60, "TFQ", 80, "GH", 20);
    }

    private static List<RankedProposal> ranking() {
        return List.of(new RankedProposal(OTHER_PROPOSAL, "JJ2", new BigDecimal("91.20"), 1, Grade.FIRST),
                new RankedProposal(PROPOSAL, "ZC1", new BigDecimal("86.45"), 3, Grade.SECOND));
    }

    private static Instant at(String instant) {
        return Instant.parse(instant);
    }
}
