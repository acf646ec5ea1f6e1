package com.wuxiao.command.appraisal;

import com.wuxiao.command.appraisal.api.AppraisalLimits;
import com.wuxiao.command.appraisal.api.PanelSeat;
import com.wuxiao.command.appraisal.api.PoolEntry;
import com.wuxiao.command.common.api.RuleViolation;
import com.wuxiao.command.competition.api.ScoreWeights;
import com.wuxiao.command.identity.UserDirectory;
import com.wuxiao.command.identity.api.Actor;
import com.wuxiao.command.identity.api.Role;
import com.wuxiao.command.proposal.api.Author;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static com.wuxiao.command.common.api.RuleViolation.term;

/** Checks of an appraisal command's own input (no round state involved); each failure names its field. */
final class AppraisalInput {

    private static final int SHARES_TOTAL = 100;

    private AppraisalInput() {
    }

    static void checkQuarter(String roundId, int year, int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw RuleViolation.invalid("invalid-quarter", "quarter");
        }
        String expected = AppraisalLimits.roundIdOf(year, quarter);
        if (!expected.equals(roundId)) {
            throw RuleViolation.invalid("round-id-mismatch", "roundId", expected);
        }
    }

    /**
     * The pool comes from the command side's own lookup, so only emptiness is the user's concern; the
     * entries are checked anyway, shares included, because rewards are split by them at finalisation.
     */
    static void checkPool(List<PoolEntry> pool) {
        if (pool == null || pool.isEmpty()) {
            throw RuleViolation.conflict("empty-pool");
        }
        Set<String> ids = new HashSet<>();
        for (PoolEntry entry : pool) {
            if (entry == null || isBlank(entry.proposalId()) || isBlank(entry.unitId())) {
                throw RuleViolation.invalid("incomplete-pool-entry", "pool");
            }
            checkAuthors(entry);
            if (!ids.add(entry.proposalId())) {
                throw RuleViolation.invalid("duplicate-proposal", "pool", entry.proposalId());
            }
        }
    }

    private static void checkAuthors(PoolEntry entry) {
        List<Author> authors = entry.authors();
        boolean valid = authors != null && !authors.isEmpty();
        Set<String> workers = new HashSet<>();
        int total = 0;
        for (int i = 0; valid && i < authors.size(); i++) {
            Author author = authors.get(i);
            valid = author != null && !isBlank(author.workerId()) && workers.add(author.workerId())
                    && author.share() >= 1 && author.share() <= SHARES_TOTAL;
            total += valid ? author.share() : 0;
        }
        if (!valid || total != SHARES_TOTAL) {
            throw RuleViolation.invalid("invalid-authors", "pool", entry.proposalId());
        }
    }

    /** The members as panel seats: known reviewers with a panel role, at least three, each once. */
    static List<PanelSeat> panelOf(List<String> memberIds, UserDirectory users) {
        if (memberIds == null || memberIds.size() < AppraisalLimits.MIN_SCORERS) {
            throw RuleViolation.invalid("panel-too-small", "memberIds", AppraisalLimits.MIN_SCORERS);
        }
        List<PanelSeat> seats = new ArrayList<>(memberIds.size());
        Set<String> seen = new HashSet<>();
        for (String memberId : memberIds) {
            Actor member = memberId == null ? null : users.find(memberId).orElse(null);
            if (member == null) {
                throw RuleViolation.invalid("unknown-member", "memberIds", memberId);
            }
            if (!member.has(Role.REVIEWER)) {
                throw RuleViolation.invalid("not-reviewer", "memberIds", memberId);
            }
            if (member.panelRole() == null) {
                throw RuleViolation.invalid("no-panel-role", "memberIds", memberId);
            }
            if (!seen.add(memberId)) {
                throw RuleViolation.invalid("duplicate-member", "memberIds", memberId);
            }
            seats.add(new PanelSeat(member.userId(), member.unitId(), member.panelRole()));
        }
        return List.copyOf(seats);
    }

    /** One criterion's score: present and within 0–100. */
    /** A scorer's or the consensus's marks on the three criteria, and their weighted score. */
    record Marks(int feasibility, int benefit, int promotability, BigDecimal weighted) {
    }

    static Marks marks(Integer feasibility, Integer benefit, Integer promotability, ScoreWeights weights) {
        int f = score(feasibility, "feasibility", term("field.feasibility-score"));
        int b = score(benefit, "benefit", term("field.benefit-score"));
        int p = score(promotability, "promotability", term("field.promotability-score"));
        return new Marks(f, b, p, Scoring.weighted(weights, f, b, p));
    }

    static void checkScorersPerProposal(int perProposal, int panelSize) {
        if (perProposal < AppraisalLimits.MIN_SCORERS || perProposal > panelSize) {
            throw RuleViolation.invalid("invalid-scorers-per-proposal", "scorersPerProposal",
                    AppraisalLimits.MIN_SCORERS, panelSize);
        }
    }

    static int score(Integer value, String field, RuleViolation.Term label) {
        if (value == null) {
            throw RuleViolation.invalid("required", field, label);
        }
        if (value < AppraisalLimits.MIN_SCORE || value > AppraisalLimits.MAX_SCORE) {
            throw RuleViolation.invalid("out-of-range", field, label, AppraisalLimits.MIN_SCORE,
                    AppraisalLimits.MAX_SCORE);
        }
        return value;
    }

    /** Optional free text of at most {@link AppraisalLimits#TEXT_MAX} characters. */
    static void checkText(String text, String field, RuleViolation.Term label) {
        if (text != null && text.length() > AppraisalLimits.TEXT_MAX) {
            throw RuleViolation.invalid("too-long", field, label, AppraisalLimits.TEXT_MAX);
        }
    }

    static void checkRequiredText(String text, String field, RuleViolation.Term label) {
        if (isBlank(text)) {
            throw RuleViolation.invalid("required", field, label);
        }
        checkText(text, field, label);
    }

    static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
