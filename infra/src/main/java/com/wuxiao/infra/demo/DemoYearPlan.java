package com.wuxiao.infra.demo;

import com.wuxiao.command.competition.CompetitionCalendar;
import com.wuxiao.command.patent.api.PatentType;
import com.wuxiao.command.proposal.api.Author;
import com.wuxiao.command.proposal.api.ProposalContent;
import com.wuxiao.command.proposal.api.RejectionReason;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * What happens in the demo year, decided up front from a seed ({@link DemoYearPlanner}): who
 * declares what and when, how each declaration is screened, how the panel scores it, which results
 * go on to a patent or into production. The loader only carries it out, so it never reads the
 * projections to decide what to do next; the tests compare the projections with it.
 */
public record DemoYearPlan(int year, long seed, List<Declaration> declarations, List<Round> rounds,
                           List<Patent> patents, List<Handover> handovers) {

    /** The two declaration batches of a month: submitted on days 1–5 or 15–19. */
    public enum Batch {
        EARLY(1), LATE(15);

        final int firstDay;

        Batch(int firstDay) {
            this.firstDay = firstDay;
        }
    }

    /** How a declaration goes through the monthly review. */
    public enum Fate {
        ACCEPTED, REJECTED,
        /** Returned, revised within the window, then accepted (or rejected) at the second screening. */
        REVISED_ACCEPTED, REVISED_REJECTED,
        /** Returned and left unrevised: the revision window withdraws it. */
        RETURN_EXPIRED,
        /** Returned, then taken back by its author. */
        RETURN_WITHDRAWN,
        /** Taken back by its author before screening. */
        WITHDRAWN,
        /** Left unscreened past the deadline: escalated to the union office, which accepts it. */
        ESCALATED_ACCEPTED;

        public boolean accepted() {
            return this == ACCEPTED || this == REVISED_ACCEPTED || this == ESCALATED_ACCEPTED;
        }

        public boolean returned() {
            return this == REVISED_ACCEPTED || this == REVISED_REJECTED || this == RETURN_EXPIRED
                   || this == RETURN_WITHDRAWN;
        }

        public boolean revised() {
            return this == REVISED_ACCEPTED || this == REVISED_REJECTED;
        }

        public boolean rejected() {
            return this == REJECTED || this == REVISED_REJECTED;
        }

        public boolean withdrawn() {
            return this == WITHDRAWN || this == RETURN_WITHDRAWN || this == RETURN_EXPIRED;
        }
    }

    /**
     * One proposal. {@code quality} drives the panel's scores ({@link #criteria}); {@code spread}
     * makes the union representatives score it 40 lower, so it goes to consensus re-review.
     */
    public record Declaration(String proposalId, int month, Batch batch, Instant submittedAt, String submitterId,
                              String unitId, List<Author> authors, String mentorId, ProposalContent content,
                              Fate fate, RejectionReason rejectionReason, int quality, boolean spread) {

        public int quarter() {
            return (month - 1) / 3 + 1;
        }

        /** The coordinator of the unit who is not tied to it, else the union office (as ScreeningCandidates). */
        public String screener() {
            return DemoPeople.COORDINATORS.get(unitId).stream()
                    .filter(c -> !c.equals(mentorId) && authors.stream().noneMatch(a -> a.workerId().equals(c)))
                    .findFirst().orElse(DemoPeople.UNION_OFFICE);
        }

        public ProposalContent revisedContent() {
            return new ProposalContent(content.title() + "（修订）", content.type(), content.categoryCode(),
                    content.problem(), content.solution() + " 已补充成本测算与试验数据。",
                    content.expectedEconomicBenefit(), content.expectedSafetyBenefit(), content.materialCost());
        }

        /**
         * The three criteria a reviewer gives: feasibility, benefit, promotability, shaped by the
         * proposal's {@link Profile} (one proposal is practical, another pays off, another spreads
         * well), so other weights in a what-if move proposals against each other.
         */
        public Scores criteria(String reviewerId) {
            DemoPeople.Reviewer reviewer = DemoPeople.reviewer(reviewerId);
            int base = quality + reviewer.leaning();
            if (spread && reviewer.panelRole() == com.wuxiao.command.identity.api.PanelRole.UNION_REP) {
                base = quality - 40;
            }
            Scores shaped = Profile.of(proposalId).around(base);
            return shaped.inRange() ? shaped : Profile.BALANCED.clampedAround(base);
        }

        /** Awarded at appraisal: every weighted score (and the consensus) is 60 or more. */
        public boolean awardable() {
            return quality >= DemoYearPlanner.AWARD_QUALITY;
        }

    }

    /**
     * How a proposal's three criteria lie around a reviewer's overall view of it. Every profile has the
     * same weighted offset under the default weights 40 / 35 / 25 (40a + 35b + 25c = −5, i.e. −0.05),
     * so the decided scores and grades are those of the quality and leanings alone; only other weights
     * tell the profiles apart.
     */
    enum Profile {
        BALANCED(2, -1, -2), PRACTICAL(6, -7, 0), PAYS_OFF(0, 7, -10), SPREADS_WELL(-6, 1, 8);

        private final int feasibility;
        private final int benefit;
        private final int promotability;

        Profile(int feasibility, int benefit, int promotability) {
            this.feasibility = feasibility;
            this.benefit = benefit;
            this.promotability = promotability;
        }

        static Profile of(String proposalId) {
            return values()[Math.floorMod(proposalId.hashCode(), values().length)];
        }

        Scores around(int base) {
            return new Scores(base + feasibility, base + benefit, base + promotability);
        }

        /** Near 0 or 100 a shape would be cut off (changing the weighted score): the balanced one, capped. */
        Scores clampedAround(int base) {
            return new Scores(clamp(base + feasibility), clamp(base + benefit), clamp(base + promotability));
        }

        private static int clamp(int score) {
            return Math.max(0, Math.min(100, score));
        }
    }

    public record Scores(int feasibility, int benefit, int promotability) {

        static Scores all(int score) {
            return new Scores(score, score, score);
        }

        boolean inRange() {
            return IntStream.of(feasibility, benefit, promotability).allMatch(s -> s >= 0 && s <= 100);
        }

        public Map<String, Object> variables(String comment) {
            return Map.of("feasibility", feasibility, "benefit", benefit, "promotability", promotability,
                    "comment", comment);
        }
    }

    /** An objection during publicity; an upheld one is re-reviewed with {@code reReview}. */
    public record Objection(String objectionId, String proposalId, String objectorId, String reason, boolean upheld,
                            Scores reReview) {
    }

    /** A quarter's appraisal round and when its steps happen (Beijing days of the following month or December). */
    public record Round(int quarter, Instant openedAt, Instant scoredAt, Instant approvedAt, List<Objection> objections,
                        Instant objectedAt, Instant decidedAt, Instant reapprovedAt, Instant finalisedAt) {

        public String roundId(int year) {
            return year + "-Q" + quarter;
        }

        public boolean upheld() {
            return objections.stream().anyMatch(Objection::upheld);
        }
    }

    public enum PatentOutcome { GRANTED, GRANTED_AFTER_OFFICE_ACTION, REJECTED, ABANDONED, AT_THE_OFFICE, PREPARED }

    public record Patent(String proposalId, PatentType type, int quarter, PatentOutcome outcome, Instant nominatedAt,
                         Instant preparedAt, Instant filedAt, Instant officeActionAt, Instant answeredAt,
                         Instant decidedAt, String applicationNumber, String patentNumber) {

        public boolean granted() {
            return outcome == PatentOutcome.GRANTED || outcome == PatentOutcome.GRANTED_AFTER_OFFICE_ACTION;
        }

        public boolean filed() {
            return outcome != PatentOutcome.ABANDONED && outcome != PatentOutcome.PREPARED;
        }
    }

    /** Measured benefit, 3 months after adoption. */
    public record Benefit(BigDecimal cnySavedPerYear, int safetyIncidentsAvoided, BigDecimal hoursSaved,
                          Instant reportedAt) {
    }

    /**
     * A result handed over to a production unit; a {@code replication} is a further unit adopting a
     * result adopted already. {@code benefit} is null when the 3-month report falls after the year.
     */
    public record Handover(String proposalId, String receivingUnitId, String ownerId, boolean replication,
                           Instant handedOverAt, LocalDate plannedTrialStart, LocalDate plannedTrialEnd,
                           LocalDate plannedDecision, Instant trialStartedAt, Instant trialEndedAt,
                           Instant decidedAt, boolean adopted, Benefit benefit) {
    }

    // --- what the year adds up to, for the log and the tests --------------------------------------

    public List<Declaration> declarations(Predicate<Declaration> filter) {
        return declarations.stream().filter(filter).toList();
    }

    public long count(Predicate<Declaration> filter) {
        return declarations.stream().filter(filter).count();
    }

    /** The accepted declarations of a quarter: its round's pool. */
    public List<Declaration> pool(int quarter) {
        return declarations(d -> d.fate().accepted() && d.quarter() == quarter);
    }

    /** Proposals awarded a grade: awardable and not downgraded by an upheld objection. */
    public Set<String> awarded() {
        Set<String> downgraded = rounds.stream().flatMap(r -> r.objections().stream())
                .filter(o -> o.upheld() && o.reReview().feasibility() < DemoYearPlanner.AWARD_QUALITY)
                .map(Objection::proposalId).collect(Collectors.toSet());
        return declarations.stream().filter(d -> d.fate().accepted() && d.awardable())
                .map(Declaration::proposalId).filter(id -> !downgraded.contains(id)).collect(Collectors.toSet());
    }

    public Declaration declaration(String proposalId) {
        return declarations.stream().filter(d -> d.proposalId().equals(proposalId)).findFirst().orElseThrow();
    }

    static Instant beijing(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(CompetitionCalendar.ZONE).toInstant();
    }

    /** The Beijing day {@code days} after {@code from}'s, at {@code hour}:00. */
    static Instant daysAfter(Instant from, int days, int hour) {
        return dayOf(from).plusDays(days).atTime(hour, 0).atZone(CompetitionCalendar.ZONE).toInstant();
    }

    static LocalDate dayOf(Instant instant) {
        return instant.atZone(CompetitionCalendar.ZONE).toLocalDate();
    }
}
