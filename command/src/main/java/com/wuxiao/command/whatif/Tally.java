package com.wuxiao.command.whatif;

import com.wuxiao.command.commendation.Selection;
import com.wuxiao.command.commendation.api.UnitStanding;
import com.wuxiao.command.commendation.api.WorkerStanding;
import com.wuxiao.command.whatif.RoundRecord.Grant;
import com.wuxiao.command.whatif.api.Commended;
import com.wuxiao.command.whatif.api.PersonDelta;
import com.wuxiao.command.whatif.api.UnitDelta;
import com.wuxiao.command.whatif.api.YearStandings;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Sums a replay per person and per unit, decided and alternative, and remembers what the rounds
 * finalised in the standings' year change in them, for the year's lists.
 */
final class Tally {

    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    /** Money, points and awards of one person or unit, decided and alternative. */
    private static final class Sums {
        String unitId;
        long decidedFen;
        long alternativeFen;
        BigDecimal decidedPoints = ZERO;
        BigDecimal alternativePoints = ZERO;
        int decidedAwards;
        int alternativeAwards;
    }

    private final Map<String, Sums> people = new TreeMap<>();
    private final Map<String, Sums> units = new TreeMap<>();
    /** What the year's rounds change: points per worker, awards per unit (alternative − decided). */
    private final Map<String, BigDecimal> yearPoints = new TreeMap<>();
    private final Map<String, String> yearUnits = new TreeMap<>();
    private final Map<String, Integer> yearAwards = new TreeMap<>();

    /** A proposal of a unit awarded (any grade but NONE) as decided and under the other rules. */
    void award(String unitId, boolean decided, boolean alternative, boolean countsForTheYear) {
        Sums unit = units.computeIfAbsent(unitId, id -> new Sums());
        unit.decidedAwards += decided ? 1 : 0;
        unit.alternativeAwards += alternative ? 1 : 0;
        if (countsForTheYear) {
            yearAwards.merge(unitId, (alternative ? 1 : 0) - (decided ? 1 : 0), Integer::sum);
        }
    }

    /** A round's grants; the alternative ones count for the unit the author's decided ones counted for. */
    void grants(List<Grant> decided, List<Grant> alternative, boolean countsForTheYear) {
        Map<String, String> unitAtFinalisation = new TreeMap<>();
        decided.forEach(g -> unitAtFinalisation.putIfAbsent(g.workerId(), g.workerUnitId()));
        for (Grant g : decided) {
            add(g, g.workerUnitId(), false, countsForTheYear);
        }
        for (Grant g : alternative) {
            add(g, unitAtFinalisation.getOrDefault(g.workerId(), g.workerUnitId()), true, countsForTheYear);
        }
    }

    private void add(Grant grant, String unitId, boolean alternative, boolean countsForTheYear) {
        Sums person = people.computeIfAbsent(grant.workerId(), id -> new Sums());
        person.unitId = person.unitId == null ? unitId : person.unitId;
        for (Sums sums : unitId == null ? List.of(person) : List.of(person, units.computeIfAbsent(unitId, id -> new Sums()))) {
            if (alternative) {
                sums.alternativeFen += grant.fen();
                sums.alternativePoints = sums.alternativePoints.add(grant.points());
            } else {
                sums.decidedFen += grant.fen();
                sums.decidedPoints = sums.decidedPoints.add(grant.points());
            }
        }
        if (countsForTheYear) {
            BigDecimal points = alternative ? grant.points() : grant.points().negate();
            yearPoints.merge(grant.workerId(), points, BigDecimal::add);
            yearUnits.putIfAbsent(grant.workerId(), unitId);
        }
    }

    List<PersonDelta> people() {
        return people.entrySet().stream().map(e -> new PersonDelta(e.getKey(), e.getValue().unitId,
                e.getValue().decidedFen, e.getValue().alternativeFen, e.getValue().decidedPoints,
                e.getValue().alternativePoints)).toList();
    }

    List<UnitDelta> units() {
        return units.entrySet().stream().map(e -> new UnitDelta(e.getKey(), e.getValue().decidedFen,
                e.getValue().alternativeFen, e.getValue().decidedPoints, e.getValue().alternativePoints,
                e.getValue().decidedAwards, e.getValue().alternativeAwards)).toList();
    }

    /**
     * The year's 创新标兵 and units by composite (commendation's {@link Selection}) from the standings
     * as they are, or with the replayed rounds' changes. Units without a headcount are left out: the
     * commendation asks for theirs before it drafts.
     */
    Commended commended(YearStandings standings, int topN, boolean alternative) {
        List<WorkerStanding> workers = new ArrayList<>();
        Map<String, BigDecimal> changes = new TreeMap<>(alternative ? yearPoints : Map.of());
        for (WorkerStanding w : standings.workers()) {
            BigDecimal change = changes.remove(w.workerId());
            workers.add(change == null ? w : new WorkerStanding(w.workerId(), w.unitId(), w.points().add(change)));
        }
        changes.forEach((worker, change) -> workers.add(new WorkerStanding(worker, yearUnits.get(worker), change)));
        List<UnitStanding> units = standings.units().stream().filter(u -> u.headcount() > 0)
                .map(u -> alternative ? new UnitStanding(u.unitId(), u.headcount(), u.submitters(),
                        u.awards() + yearAwards.getOrDefault(u.unitId(), 0), u.adoptions()) : u)
                .toList();
        return new Commended(Selection.workers(workers, topN), Selection.units(units));
    }
}
