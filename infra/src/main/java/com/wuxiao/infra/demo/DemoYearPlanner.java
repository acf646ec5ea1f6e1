package com.wuxiao.infra.demo;

import com.wuxiao.command.proposal.api.Author;
import com.wuxiao.command.proposal.api.ProposalContent;
import com.wuxiao.command.proposal.api.ProposalType;
import com.wuxiao.command.proposal.api.RejectionReason;
import com.wuxiao.infra.demo.DemoYearPlan.Batch;
import com.wuxiao.infra.demo.DemoYearPlan.Declaration;
import com.wuxiao.infra.demo.DemoYearPlan.Fate;
import com.wuxiao.infra.demo.DemoYearPlan.Handover;
import com.wuxiao.infra.demo.DemoYearPlan.Objection;
import com.wuxiao.infra.demo.DemoYearPlan.Patent;
import com.wuxiao.infra.demo.DemoYearPlan.Round;
import com.wuxiao.infra.demo.DemoYearPlan.Scores;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

import static com.wuxiao.infra.demo.DemoYearPlan.beijing;

/**
 * Draws a {@link DemoYearPlan} from a seed with {@link Random}: the same seed, the same year. The
 * proportions follow product.md's real programmes: ~600 results, ~60 % 机电运输, rounds each
 * quarter, 24 granted patents, ~40 conversions.
 */
final class DemoYearPlanner {

    /** A quality of at least this gives weighted scores of 60 or more from every reviewer: awarded. */
    static final int AWARD_QUALITY = 66;
    /** Declarations per month (fewer around the Spring Festival), 600 in all. */
    private static final int[] PER_MONTH = {40, 30, 55, 55, 50, 50, 45, 45, 55, 55, 60, 60};

    private final int year;
    private final long seed;
    private final Random random;
    private final Map<String, List<DemoPeople.Worker>> workers = DemoPeople.workersByUnit();

    private DemoYearPlanner(int year, long seed) {
        this.year = year;
        this.seed = seed;
        this.random = new Random(seed);
    }

    static DemoYearPlan plan(int year, long seed) {
        return new DemoYearPlanner(year, seed).plan();
    }

    private DemoYearPlan plan() {
        List<Declaration> declarations = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            for (Batch batch : Batch.values()) {
                int count = PER_MONTH[month - 1] / 2 + (batch == Batch.EARLY ? PER_MONTH[month - 1] % 2 : 0);
                for (int i = 0; i < count; i++) {
                    declarations.add(declaration(declarations.size() + 1, month, batch));
                }
            }
        }
        markSpread(declarations);
        List<Round> rounds = new ArrayList<>();
        for (int quarter = 1; quarter <= 4; quarter++) {
            rounds.add(round(quarter, declarations));
        }
        List<Patent> patents = new ArrayList<>();
        List<Handover> handovers = new ArrayList<>();
        DemoYearPlan draft = new DemoYearPlan(year, seed, declarations, rounds, List.of(), List.of());
        DemoResultsPlanner results = new DemoResultsPlanner(year, random);
        for (Round round : rounds) {
            List<Declaration> awarded = results(draft, round);
            patents.addAll(results.patents(round, awarded));
            handovers.addAll(results.handovers(round, awarded));
        }
        handovers.addAll(results.replications(draft, rounds.get(0), handovers));
        return new DemoYearPlan(year, seed, List.copyOf(declarations), List.copyOf(rounds), List.copyOf(patents),
                List.copyOf(handovers));
    }

    // --- declarations and the monthly review ----------------------------------------------------

    private Declaration declaration(int number, int month, Batch batch) {
        String unit = pick(DemoPeople.UNITS, new int[]{35, 25, 20, 20});
        List<DemoPeople.Worker> colleagues = new ArrayList<>(workers.get(unit));
        DemoPeople.Worker submitter = colleagues.remove(random.nextInt(colleagues.size()));
        List<Author> authors = new ArrayList<>();
        String mentor = null;
        int team = random.nextInt(100);
        if (team < 55) {
            authors.add(new Author(submitter.id(), 100));
        } else if (team < 80) {
            authors.add(new Author(submitter.id(), 60));
            authors.add(new Author(colleagues.remove(random.nextInt(colleagues.size())).id(), 40));
        } else if (team < 90) {
            authors.add(new Author(submitter.id(), 50));
            authors.add(new Author(colleagues.remove(random.nextInt(colleagues.size())).id(), 30));
            authors.add(new Author(colleagues.remove(random.nextInt(colleagues.size())).id(), 20));
        } else {
            authors.add(new Author(submitter.id(), 100));
            mentor = colleagues.remove(random.nextInt(colleagues.size())).id();
        }
        String category = random.nextInt(100) < 60 ? "JDYS"
                : DemoTexts.OTHER_CATEGORIES.get(random.nextInt(DemoTexts.OTHER_CATEGORIES.size()));
        ProposalType type = pick(List.of(ProposalType.INNOVATION, ProposalType.SUGGESTION, ProposalType.DESIGN,
                ProposalType.CREATION, ProposalType.INVENTION), new int[]{35, 25, 15, 15, 10});
        ProposalContent content = DemoTexts.content(random, category, type, unit);
        Fate fate = fate(month, batch);
        RejectionReason reason = fate.rejected()
                ? pick(List.of(RejectionReason.FORM_OVER_SUBSTANCE, RejectionReason.DUPLICATE,
                RejectionReason.OUT_OF_SCOPE, RejectionReason.INCOMPLETE, RejectionReason.NOT_ORIGINAL),
                new int[]{40, 20, 15, 15, 10})
                : null;
        int quality = random.nextInt(100) < 85 ? AWARD_QUALITY + random.nextInt(30) : 40 + random.nextInt(15);
        Instant submittedAt = beijing(year, month, batch.firstDay + random.nextInt(5), 8 + random.nextInt(9),
                random.nextInt(60));
        return new Declaration(String.format("demo-%d-%03d", year, number), month, batch, submittedAt, submitter.id(),
                unit, List.copyOf(authors), mentor, content, fate, reason, quality, false);
    }

    /**
     * December's late batch is only accepted, rejected or withdrawn: a return's window would end in
     * the next year, and its round must be published before the year ends. Escalations come from
     * the early batches, whose deadlines pass before the late batch is screened.
     */
    private Fate fate(int month, Batch batch) {
        int roll = random.nextInt(1000);
        boolean lastBatch = month == 12 && batch == Batch.LATE;
        if (roll < 620 || (lastBatch && roll < 900)) {
            return Fate.ACCEPTED;
        }
        if (roll < 740 || lastBatch && roll < 960) {
            return Fate.REJECTED;
        }
        if (roll < 790 || lastBatch) {
            return Fate.WITHDRAWN;
        }
        if (roll < 870) {
            return Fate.REVISED_ACCEPTED;
        }
        if (roll < 900) {
            return Fate.REVISED_REJECTED;
        }
        if (roll < 940) {
            return Fate.RETURN_EXPIRED;
        }
        if (roll < 965) {
            return Fate.RETURN_WITHDRAWN;
        }
        return batch == Batch.EARLY ? Fate.ESCALATED_ACCEPTED : Fate.ACCEPTED;
    }

    /** One awardable proposal a quarter whose scores spread too far: a consensus re-review. */
    private void markSpread(List<Declaration> declarations) {
        for (int quarter = 1; quarter <= 4; quarter++) {
            int q = quarter;
            List<Integer> candidates = new ArrayList<>();
            for (int i = 0; i < declarations.size(); i++) {
                Declaration d = declarations.get(i);
                if (d.quarter() == q && d.fate() == Fate.ACCEPTED && d.awardable()) {
                    candidates.add(i);
                }
            }
            int index = candidates.get(random.nextInt(candidates.size()));
            Declaration d = declarations.get(index);
            declarations.set(index, new Declaration(d.proposalId(), d.month(), d.batch(), d.submittedAt(),
                    d.submitterId(), d.unitId(), d.authors(), d.mentorId(), d.content(), d.fate(),
                    d.rejectionReason(), d.quality(), true));
        }
    }

    // --- the quarterly rounds -------------------------------------------------------------------

    /**
     * Rounds of Q1–Q3 run early in the next quarter's first month; Q4's in late December, so that
     * its publicity ends in the year. Q2 has an upheld objection (re-reviewed below the merit line),
     * Q3 a denied one.
     */
    private Round round(int quarter, List<Declaration> declarations) {
        if (quarter == 4) {
            return new Round(4, beijing(year, 12, 21, 9, 0), beijing(year, 12, 21, 16, 0),
                    beijing(year, 12, 22, 10, 0), List.of(), null, null, null, beijing(year, 12, 27, 11, 0));
        }
        int m = quarter * 3 + 1;
        List<Declaration> targets = declarations.stream()
                .filter(d -> d.quarter() == quarter && d.fate().accepted() && d.awardable() && !d.spread()).toList();
        List<Objection> objections = new ArrayList<>();
        if (quarter == 2 || quarter == 3) {
            Declaration target = targets.get(random.nextInt(targets.size()));
            String objector = DemoPeople.workers().stream().filter(w -> !w.unitId().equals(target.unitId()))
                    .toList().get(random.nextInt(20)).id();
            boolean upheld = quarter == 2;
            objections.add(new Objection("demo-objection-" + year + "-Q" + quarter, target.proposalId(), objector,
                    upheld ? "效益数据不实，实际节约远低于申报" : "成果与往年项目雷同", upheld,
                    upheld ? Scores.all(52) : null));
        }
        boolean upheld = objections.stream().anyMatch(Objection::upheld);
        return new Round(quarter, beijing(year, m, 2, 9, 0), beijing(year, m, 3, 16, 0), beijing(year, m, 4, 10, 0),
                List.copyOf(objections),
                objections.isEmpty() ? null : beijing(year, m, 6, 15, 0),
                objections.isEmpty() ? null : beijing(year, m, 7, 10, 0),
                upheld ? beijing(year, m, 8, 10, 0) : null,
                upheld ? beijing(year, m, 13, 11, 0) : beijing(year, m, 9, 11, 0));
    }

    /** The round's awarded results that may go on (not those objected to), in a seeded order. */
    private List<Declaration> results(DemoYearPlan draft, Round round) {
        java.util.Set<String> awarded = draft.awarded();
        java.util.Set<String> objected = round.objections().stream().map(Objection::proposalId)
                .collect(Collectors.toSet());
        List<Declaration> results = new ArrayList<>(draft.pool(round.quarter()).stream()
                .filter(d -> awarded.contains(d.proposalId()) && !objected.contains(d.proposalId())).toList());
        java.util.Collections.shuffle(results, random);
        return results;
    }

    // --- helpers ---------------------------------------------------------------------------------

    private <T> T pick(List<T> values, int[] weights) {
        return pick(random, values, weights);
    }

    /** One of the values, each as likely as its weight. */
    static <T> T pick(Random random, List<T> values, int[] weights) {
        int total = 0;
        for (int weight : weights) {
            total += weight;
        }
        int roll = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            roll -= weights[i];
            if (roll < 0) {
                return values.get(i);
            }
        }
        throw new IllegalStateException("weights");
    }
}
