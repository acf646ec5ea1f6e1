package com.wuxiao.infra.demo;

import com.wuxiao.command.competition.CompetitionCalendar;
import com.wuxiao.command.patent.api.PatentType;
import com.wuxiao.infra.demo.DemoYearPlan.Declaration;
import com.wuxiao.infra.demo.DemoYearPlan.Handover;
import com.wuxiao.infra.demo.DemoYearPlan.Patent;
import com.wuxiao.infra.demo.DemoYearPlan.PatentOutcome;
import com.wuxiao.infra.demo.DemoYearPlan.Round;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static com.wuxiao.infra.demo.DemoYearPlan.beijing;
import static com.wuxiao.infra.demo.DemoYearPlan.daysAfter;

/** The part of {@link DemoYearPlanner} after the rounds: patents, handovers and replications. */
final class DemoResultsPlanner {

    private final int year;
    private final Random random;

    DemoResultsPlanner(int year, Random random) {
        this.year = year;
        this.random = random;
    }

    List<Patent> patents(Round round, List<Declaration> results) {
        List<PatentOutcome> outcomes = switch (round.quarter()) {
            case 1, 2 -> outcomes(6, 2, 1, 1, 0, 0);
            case 3 -> outcomes(7, 1, 0, 0, 1, 0);
            default -> outcomes(0, 0, 0, 0, 0, 3);
        };
        Instant f = round.finalisedAt();
        List<Patent> patents = new ArrayList<>();
        for (int i = 0; i < outcomes.size(); i++) {
            Declaration result = results.get(i);
            PatentOutcome outcome = outcomes.get(i);
            PatentType type = pick(List.of(PatentType.UTILITY_MODEL, PatentType.INVENTION, PatentType.DESIGN),
                    new int[]{55, 30, 15});
            boolean officeAction = outcome == PatentOutcome.GRANTED_AFTER_OFFICE_ACTION;
            boolean filed = outcome != PatentOutcome.ABANDONED && outcome != PatentOutcome.PREPARED;
            boolean decided = filed && outcome != PatentOutcome.AT_THE_OFFICE;
            String serial = String.format("%d%d%07d", year, type.ordinal() + 1, 1000 + patents.size() + 40 * round.quarter());
            patents.add(new Patent(result.proposalId(), type, round.quarter(), outcome,
                    daysAfter(f, 1, 10), daysAfter(f, round.quarter() == 4 ? 2 : 6, 10), filed ? daysAfter(f, 15, 10) : null,
                    officeAction ? daysAfter(f, 40, 10) : null, officeAction ? daysAfter(f, 50, 10) : null,
                    decided ? daysAfter(f, officeAction ? 75 : 65, 10) : null,
                    "CN" + serial + "." + (i % 10), "ZL" + serial + "." + (i % 10)));
        }
        return patents;
    }

    private static List<PatentOutcome> outcomes(int granted, int afterOfficeAction, int rejected, int abandoned,
                                                int atTheOffice, int prepared) {
        List<PatentOutcome> outcomes = new ArrayList<>();
        add(outcomes, PatentOutcome.GRANTED, granted);
        add(outcomes, PatentOutcome.GRANTED_AFTER_OFFICE_ACTION, afterOfficeAction);
        add(outcomes, PatentOutcome.REJECTED, rejected);
        add(outcomes, PatentOutcome.ABANDONED, abandoned);
        add(outcomes, PatentOutcome.AT_THE_OFFICE, atTheOffice);
        add(outcomes, PatentOutcome.PREPARED, prepared);
        return outcomes;
    }

    private static void add(List<PatentOutcome> outcomes, PatentOutcome outcome, int times) {
        for (int i = 0; i < times; i++) {
            outcomes.add(outcome);
        }
    }

    /** Q1 and Q2 hand over 14 results each (12 adopted), Q3 8 (7 adopted); Q4's come next year. */
    List<Handover> handovers(Round round, List<Declaration> results) {
        int count = switch (round.quarter()) {
            case 1, 2 -> 14;
            case 3 -> 8;
            default -> 0;
        };
        int declined = round.quarter() == 3 ? 1 : 2;
        List<Handover> handovers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            // the last results of the shuffled list: some overlap with the patents, as in real life
            Declaration result = results.get(results.size() - 1 - i);
            String unit = otherUnit(result.unitId(), null);
            handovers.add(handover(result.proposalId(), unit, false, round.finalisedAt(), 3, i >= declined));
        }
        return handovers;
    }

    /** Six results adopted after Q1 are replicated to a further unit. */
    List<Handover> replications(DemoYearPlan draft, Round first, List<Handover> handovers) {
        List<Handover> replications = new ArrayList<>();
        handovers.stream().filter(h -> h.adopted() && h.handedOverAt().isBefore(beijing(year, 6, 1, 0, 0)))
                .limit(6).forEach(h -> {
                    String unit = otherUnit(draft.declaration(h.proposalId()).unitId(), h.receivingUnitId());
                    replications.add(handover(h.proposalId(), unit, true, first.finalisedAt(), 70, true));
                });
        return replications;
    }

    private Handover handover(String proposalId, String unit, boolean replication, Instant from, int startDay,
                              boolean adopted) {
        Instant handedOver = daysAfter(from, startDay, 10);
        Instant started = daysAfter(from, startDay + 7, 14);
        Instant ended = daysAfter(from, startDay + 47, 14);
        Instant decided = daysAfter(from, startDay + 55, 14);
        DemoYearPlan.Benefit benefit = null;
        Instant reportAt = DemoYearPlan.dayOf(decided).plusMonths(3).plusDays(1).atTime(9, 0)
                .atZone(CompetitionCalendar.ZONE).toInstant();
        if (adopted && reportAt.isBefore(beijing(year, 12, 31, 12, 0))) {
            benefit = new DemoYearPlan.Benefit(BigDecimal.valueOf(5_000 + random.nextInt(195) * 1_000L).setScale(2),
                    random.nextInt(4), BigDecimal.valueOf(10 + random.nextInt(490)).setScale(1), reportAt);
        }
        return new Handover(proposalId, unit, DemoPeople.OWNERS.get(unit), replication, handedOver,
                DemoYearPlan.dayOf(started), DemoYearPlan.dayOf(ended), DemoYearPlan.dayOf(decided).plusDays(2),
                started, ended, decided, adopted, benefit);
    }

    private String otherUnit(String resultUnit, String alsoNot) {
        List<String> units = DemoPeople.UNITS.stream()
                .filter(u -> !u.equals(resultUnit) && !u.equals(alsoNot)).toList();
        return units.get(random.nextInt(units.size()));
    }

    private <T> T pick(List<T> values, int[] weights) {
        return DemoYearPlanner.pick(random, values, weights);
    }
}
