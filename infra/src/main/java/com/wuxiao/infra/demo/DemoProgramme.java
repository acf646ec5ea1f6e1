package com.wuxiao.infra.demo;

import com.wuxiao.command.fund.api.ClaimItem;
import com.wuxiao.command.fund.api.FundCostKind;
import com.wuxiao.infra.demo.DemoYearPlan.Declaration;
import com.wuxiao.infra.demo.DemoYearPlan.Handover;
import com.wuxiao.infra.demo.DemoYearPlan.Round;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static com.wuxiao.infra.demo.DemoYearPlan.beijing;
import static com.wuxiao.infra.demo.DemoYearPlan.daysAfter;

/**
 * The rest of the programme in the demo year, planned from the year's plan (and its seed) like the
 * rest (ADR 0005): production needs that some declarations answer, results requested from the
 * catalogue (some of the year's handovers are pulled by a request or a promotion meeting's interest
 * instead of pushed), the innovation fund's budget and claims, each round's reward payout and two
 * 金牌工匠. Steps of {@link ProgrammeSteps}; the tests compute their figures from it.
 */
record DemoProgramme(List<Need> needs, Map<String, String> answers, List<Request> requests, Meeting meeting,
                     long budgetFen, List<Claim> claims, List<Payout> payouts, List<Craftsman> craftsmen) {

    /** A need of a unit's production owner; {@code closedAt} null while open. */
    record Need(String needId, String unitId, String ownerId, String categoryCode, String title, String problem,
                LocalDate deadline, String rewardNote, Instant publishedAt, Instant closedAt, boolean solved) {
    }

    enum RequestFate { ACCEPTED, DECLINED, PENDING }

    /**
     * A unit's request for a result; an accepted one is the year's planned {@code handover}, accepted
     * at its time instead of handed over by the union office. {@code meetingId} for one from interest.
     */
    record Request(String proposalId, String unitId, String ownerId, String meetingId, Instant requestedAt,
                   RequestFate fate, Instant decidedAt, Handover handover) {
    }

    record Interest(String ownerId, String proposalId) {
    }

    record Meeting(String meetingId, String title, Instant scheduledAt, LocalDate heldOn, List<String> proposalIds,
                   List<String> invitedOwnerIds, Instant recordedAt, List<Interest> interests) {
    }

    enum ClaimFate { APPROVED, APPROVED_IN_PART, REFUSED, PENDING }

    record Claim(String claimId, String proposalId, String claimantId, Instant claimedAt, List<ClaimItem> items,
                 ClaimFate fate, Instant decidedAt) {

        long totalFen() {
            return items.stream().mapToLong(ClaimItem::amountFen).sum();
        }

        /** What the union office approves: all, or the claim's first cost for one approved in part. */
        long approvedFen() {
            return switch (fate) {
                case APPROVED -> totalFen();
                case APPROVED_IN_PART -> items.get(0).amountFen();
                default -> 0;
            };
        }
    }

    /** A round's rewards in one batch; {@code paidAt} null while not paid. */
    record Payout(int quarter, String batchId, Instant madeAt, Instant approvedAt, Instant paidAt, String reference) {
    }

    record Craftsman(String workerId, String citation) {
    }

    static final long BUDGET_FEN = 20_000_000L;

    static DemoProgramme plan(DemoYearPlan plan) {
        Random random = new Random(plan.seed() * 31 + 7);
        int year = plan.year();
        List<Need> needs = needs(year);
        Map<String, String> answers = answers(plan, needs);
        Set<String> handedOver = plan.handovers().stream().map(h -> h.proposalId() + "/" + h.receivingUnitId())
                .collect(Collectors.toSet());
        List<Request> requests = new ArrayList<>();
        Round q2 = plan.rounds().get(1);
        Round q3 = plan.rounds().get(2);

        // a Q2 handover pulled by the receiving owner's request the day after the round
        Handover pulled = firstHandoverAfter(plan, q2);
        requests.add(new Request(pulled.proposalId(), pulled.receivingUnitId(), pulled.ownerId(), null,
                daysAfter(q2.finalisedAt(), 1, 9), RequestFate.ACCEPTED, pulled.handedOverAt(), pulled));
        // a Q1 result TFQ asks for and the union office declines
        String q1Result = awardedNotHanded(plan, 1, "TFQ", handedOver).get(0);
        requests.add(new Request(q1Result, "TFQ", DemoPeople.OWNERS.get("TFQ"), null,
                beijing(year, 5, 6, 10, 0), RequestFate.DECLINED, beijing(year, 5, 8, 15, 0), null));

        // the promotion meeting of Q3's results, between the round's end and its handovers
        List<Handover> q3Handovers = plan.handovers().stream()
                .filter(h -> !h.replication() && h.handedOverAt().equals(firstHandoverAfter(plan, q3).handedOverAt()))
                .limit(2).toList();
        List<String> unclaimed = awardedNotHanded(plan, 3, null, handedOver);
        String wanted = unclaimed.get(0);
        String wantedBy = otherOwner(plan.declaration(wanted).unitId(), random);
        String meetingId = "MEET-" + year + "-Q3";
        List<String> presented = new ArrayList<>();
        q3Handovers.forEach(h -> presented.add(h.proposalId()));
        presented.addAll(unclaimed.subList(0, Math.min(3, unclaimed.size())));
        List<Interest> interests = new ArrayList<>();
        q3Handovers.forEach(h -> interests.add(new Interest(h.ownerId(), h.proposalId())));
        interests.add(new Interest(wantedBy, wanted));
        LocalDate heldOn = DemoYearPlan.dayOf(q3.finalisedAt()).plusDays(1);
        Instant recordedAt = daysAfter(q3.finalisedAt(), 1, 16);
        Meeting meeting = new Meeting(meetingId, year + " 年三季度创新成果推介会", daysAfter(q3.finalisedAt(), 0, 15), heldOn,
                List.copyOf(presented), List.copyOf(new java.util.TreeSet<>(DemoPeople.OWNERS.values())), recordedAt,
                List.copyOf(interests));
        q3Handovers.forEach(h -> requests.add(new Request(h.proposalId(), h.receivingUnitId(), h.ownerId(), meetingId,
                recordedAt, RequestFate.ACCEPTED, h.handedOverAt(), h)));
        requests.add(new Request(wanted, unitOf(wantedBy), wantedBy, meetingId, recordedAt, RequestFate.PENDING,
                null, null));
        // and one request in December the union office has not decided yet
        String lateResult = unclaimed.stream().filter(p -> !p.equals(wanted)
                && !plan.declaration(p).unitId().equals("JJ2")).findFirst().orElseThrow();
        requests.add(new Request(lateResult, "JJ2", DemoPeople.OWNERS.get("JJ2"), null, beijing(year, 12, 10, 10, 0),
                RequestFate.PENDING, null, null));

        return new DemoProgramme(needs, answers, List.copyOf(requests), meeting, BUDGET_FEN, claims(plan, random),
                payouts(plan), craftsmen(plan));
    }

    /** The handovers the union office does not push itself: those an accepted request pulls. */
    Set<String> pulledConversions() {
        return requests.stream().filter(r -> r.handover() != null).map(r -> ResultSteps.conversionId(r.handover()))
                .collect(Collectors.toSet());
    }

    // --- needs ------------------------------------------------------------------------------------

    private static List<Need> needs(int year) {
        Instant published = beijing(year, 1, 6, 10, 0);
        return List.of(
                new Need("NEED-" + year + "-1", "ZC1", "owner", "CMJS", "综采工作面端头支护效率低",
                        "端头支架移架每班耗时 40 分钟以上，影响推进度。", LocalDate.of(year, 6, 30), "解决者另奖 3000 元",
                        published, beijing(year, 11, 20, 15, 0), true),
                new Need("NEED-" + year + "-2", "JJ2", "owner2", "JDYS", "掘进皮带机频繁跑偏",
                        "主运皮带每班人工调偏三次，停机累计一小时。", LocalDate.of(year, 9, 30), null,
                        published, beijing(year, 11, 20, 16, 0), true),
                new Need("NEED-" + year + "-3", "JDK", "owner3", "XXH", "井下设备点检记录纸质化",
                        "点检记录靠纸质表格，汇总慢、易遗漏。", LocalDate.of(year, 12, 31), "优先推荐参加年度评比",
                        published, null, false),
                new Need("NEED-" + year + "-4", "TFQ", "owner4", "TFAQ", "回风巷粉尘浓度超限",
                        "回风巷作业点粉尘浓度时常超限，现有喷雾效果有限。", null, null, published, null, false));
    }

    /** Two declarations of February to May per need, of the need's category, answer it. */
    private static Map<String, String> answers(DemoYearPlan plan, List<Need> needs) {
        Map<String, String> answers = new LinkedHashMap<>();
        for (Need need : needs) {
            plan.declarations(d -> d.month() >= 2 && d.month() <= 5
                            && d.content().categoryCode().equals(need.categoryCode()) && !answers.containsKey(d.proposalId()))
                    .stream().limit(2).forEach(d -> answers.put(d.proposalId(), need.needId()));
        }
        return answers;
    }

    // --- requests ---------------------------------------------------------------------------------

    private static Handover firstHandoverAfter(DemoYearPlan plan, Round round) {
        return plan.handovers().stream().filter(h -> !h.replication() && h.handedOverAt().isAfter(round.finalisedAt()))
                .min(Comparator.comparing(Handover::handedOverAt)).orElseThrow();
    }

    /** Awarded results of a quarter no unit has been handed, not of {@code unit} (when given), in id order. */
    private static List<String> awardedNotHanded(DemoYearPlan plan, int quarter, String unit, Set<String> handedOver) {
        Set<String> anyHandover = plan.handovers().stream().map(Handover::proposalId).collect(Collectors.toSet());
        Set<String> awarded = plan.awarded();
        Predicate<Declaration> fits = d -> awarded.contains(d.proposalId()) && !anyHandover.contains(d.proposalId())
                && (unit == null || !d.unitId().equals(unit) && !handedOver.contains(d.proposalId() + "/" + unit));
        return plan.pool(quarter).stream().filter(fits).map(Declaration::proposalId).sorted().toList();
    }

    private static String otherOwner(String unitId, Random random) {
        List<String> units = DemoPeople.UNITS.stream().filter(u -> !u.equals(unitId)).toList();
        return DemoPeople.OWNERS.get(units.get(random.nextInt(units.size())));
    }

    private static String unitOf(String ownerId) {
        return DemoPeople.OWNERS.entrySet().stream().filter(e -> e.getValue().equals(ownerId)).findFirst()
                .orElseThrow().getKey();
    }

    // --- the fund ---------------------------------------------------------------------------------

    /**
     * Three claims per round's pool, five days after the round opened: decided three days later in
     * Q1–Q3 (one in part, one refused), Q4's left to the union office.
     */
    private static List<Claim> claims(DemoYearPlan plan, Random random) {
        List<Claim> claims = new ArrayList<>();
        for (Round round : plan.rounds()) {
            List<Declaration> pool = plan.pool(round.quarter()).stream()
                    .sorted(Comparator.comparing(Declaration::proposalId)).toList();
            for (int i = 0; i < 3; i++) {
                Declaration d = pool.get((i * 7 + round.quarter()) % pool.size());
                Instant claimedAt = daysAfter(round.openedAt(), 5, 10 + i);
                ClaimFate fate = round.quarter() == 4 ? ClaimFate.PENDING
                        : round.quarter() == 2 && i == 1 ? ClaimFate.APPROVED_IN_PART
                        : round.quarter() == 3 && i == 2 ? ClaimFate.REFUSED : ClaimFate.APPROVED;
                List<ClaimItem> items = List.of(
                        new ClaimItem(FundCostKind.MATERIALS, "加工材料及配件", (300 + random.nextInt(2700)) * 100L),
                        new ClaimItem(FundCostKind.EQUIPMENT_RENTAL, "试验设备租赁", (200 + random.nextInt(1800)) * 100L));
                claims.add(new Claim(String.format("CLAIM-%d-Q%d-%d", plan.year(), round.quarter(), i + 1),
                        d.proposalId(), d.authors().get(0).workerId(), claimedAt, items, fate,
                        fate == ClaimFate.PENDING ? null : daysAfter(claimedAt, 3, 15)));
            }
        }
        return List.copyOf(claims);
    }

    // --- payouts and honours ----------------------------------------------------------------------

    /** Each round's batch ten days after it ends, approved two days later and paid three after that; Q4's not paid yet. */
    private static List<Payout> payouts(DemoYearPlan plan) {
        List<Payout> payouts = new ArrayList<>();
        for (Round round : plan.rounds()) {
            boolean last = round.quarter() == 4;
            Instant made = last ? daysAfter(round.finalisedAt(), 2, 10) : daysAfter(round.finalisedAt(), 10, 10);
            Instant approved = daysAfter(made, last ? 1 : 2, 15);
            payouts.add(new Payout(round.quarter(), "BATCH-" + round.roundId(plan.year()), made, approved,
                    last ? null : daysAfter(approved, 3, 11), String.format("YH-%d-%02d%03d", plan.year(), round.quarter(), 17)));
        }
        return List.copyOf(payouts);
    }

    /** The two workers first-named on the most awarded results. */
    private static List<Craftsman> craftsmen(DemoYearPlan plan) {
        Set<String> awarded = new HashSet<>(plan.awarded());
        Map<String, Long> results = plan.declarations(d -> awarded.contains(d.proposalId())).stream()
                .collect(Collectors.groupingBy(d -> d.authors().get(0).workerId(), Collectors.counting()));
        return results.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(2).map(e -> new Craftsman(e.getKey(),
                        "扎根生产一线，全年主持完成 " + e.getValue() + " 项获奖创新成果，带动班组人人创新。"))
                .toList();
    }
}
