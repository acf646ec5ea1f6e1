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

/** Checks of an appraisal command's own input (no round state involved); each failure names its field. */
final class AppraisalInput {

    private static final int SHARES_TOTAL = 100;

    private AppraisalInput() {
    }

    static void checkQuarter(String roundId, int year, int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw RuleViolation.invalid("invalid-quarter", "quarter", "季度须为 1–4", "the quarter must be 1 to 4");
        }
        String expected = AppraisalLimits.roundIdOf(year, quarter);
        if (!expected.equals(roundId)) {
            throw RuleViolation.invalid("round-id-mismatch", "roundId",
                    "评审轮次编号应为 " + expected, "the round id must be " + expected);
        }
    }

    /**
     * The pool comes from the command side's own lookup, so only emptiness is the user's concern; the
     * entries are checked anyway, shares included, because rewards are split by them at finalisation.
     */
    static void checkPool(List<PoolEntry> pool) {
        if (pool == null || pool.isEmpty()) {
            throw RuleViolation.conflict("empty-pool", "本季度没有初审通过、尚待评审的申报，评审池为空",
                    "no proposal accepted in this quarter awaits appraisal: the pool is empty");
        }
        Set<String> ids = new HashSet<>();
        for (PoolEntry entry : pool) {
            if (entry == null || isBlank(entry.proposalId()) || isBlank(entry.unitId())) {
                throw RuleViolation.invalid("incomplete-pool-entry", "pool",
                        "评审池中的每项申报都须有编号和单位", "every proposal of the pool needs an id and a unit");
            }
            checkAuthors(entry);
            if (!ids.add(entry.proposalId())) {
                throw RuleViolation.invalid("duplicate-proposal", "pool",
                        "申报 " + entry.proposalId() + " 在评审池中重复", "proposal " + entry.proposalId() + " is in the pool twice");
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
            throw RuleViolation.invalid("invalid-authors", "pool",
                    "申报 " + entry.proposalId() + " 的作者及贡献比例无效（须为不重复的作者，比例为整数且合计 100）",
                    "proposal " + entry.proposalId() + " needs distinct authors with whole shares summing to 100");
        }
    }

    /** The members as panel seats: known reviewers with a panel role, at least three, each once. */
    static List<PanelSeat> panelOf(List<String> memberIds, UserDirectory users) {
        if (memberIds == null || memberIds.size() < AppraisalLimits.MIN_SCORERS) {
            throw RuleViolation.invalid("panel-too-small", "memberIds",
                    "评审组至少需要 " + AppraisalLimits.MIN_SCORERS + " 名成员",
                    "a panel needs at least " + AppraisalLimits.MIN_SCORERS + " members");
        }
        List<PanelSeat> seats = new ArrayList<>(memberIds.size());
        Set<String> seen = new HashSet<>();
        for (String memberId : memberIds) {
            Actor member = memberId == null ? null : users.find(memberId).orElse(null);
            if (member == null) {
                throw RuleViolation.invalid("unknown-member", "memberIds",
                        "评审组成员 " + memberId + " 不存在", "panel member " + memberId + " is unknown");
            }
            if (!member.has(Role.REVIEWER)) {
                throw RuleViolation.invalid("not-reviewer", "memberIds",
                        memberId + " 不是评审专家", memberId + " is not a reviewer");
            }
            if (member.panelRole() == null) {
                throw RuleViolation.invalid("no-panel-role", "memberIds",
                        "评审专家 " + memberId + " 没有评审角色（技术专家、生产骨干或工会代表）",
                        "reviewer " + memberId + " has no panel role (tech expert, production backbone or union rep)");
            }
            if (!seen.add(memberId)) {
                throw RuleViolation.invalid("duplicate-member", "memberIds",
                        "评审组成员 " + memberId + " 重复", "panel member " + memberId + " is named twice");
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
        int f = score(feasibility, "feasibility", "技术可行性");
        int b = score(benefit, "benefit", "效益性");
        int p = score(promotability, "promotability", "推广性");
        return new Marks(f, b, p, Scoring.weighted(weights, f, b, p));
    }

    static void checkScorersPerProposal(int perProposal, int panelSize) {
        if (perProposal < AppraisalLimits.MIN_SCORERS || perProposal > panelSize) {
            throw RuleViolation.invalid("invalid-scorers-per-proposal", "scorersPerProposal",
                    "每项申报的评审人数须在 " + AppraisalLimits.MIN_SCORERS + "–" + panelSize + " 之间",
                    "scorers per proposal must be from " + AppraisalLimits.MIN_SCORERS + " to " + panelSize);
        }
    }

    static int score(Integer value, String field, String zh) {
        if (value == null) {
            throw RuleViolation.invalid("required", field, zh + "评分不能为空", field + " is required");
        }
        if (value < AppraisalLimits.MIN_SCORE || value > AppraisalLimits.MAX_SCORE) {
            throw RuleViolation.invalid("out-of-range", field,
                    zh + "评分须在 " + AppraisalLimits.MIN_SCORE + "–" + AppraisalLimits.MAX_SCORE + " 之间",
                    field + " must be from " + AppraisalLimits.MIN_SCORE + " to " + AppraisalLimits.MAX_SCORE);
        }
        return value;
    }

    /** Optional free text of at most {@link AppraisalLimits#TEXT_MAX} characters. */
    static void checkText(String text, String field, String zh) {
        if (text != null && text.length() > AppraisalLimits.TEXT_MAX) {
            throw RuleViolation.invalid("too-long", field,
                    zh + "不能超过 " + AppraisalLimits.TEXT_MAX + " 个字符",
                    field + " must be at most " + AppraisalLimits.TEXT_MAX + " characters");
        }
    }

    static void checkRequiredText(String text, String field, String zh) {
        if (isBlank(text)) {
            throw RuleViolation.invalid("required", field, zh + "不能为空", field + " is required");
        }
        checkText(text, field, zh);
    }

    static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
