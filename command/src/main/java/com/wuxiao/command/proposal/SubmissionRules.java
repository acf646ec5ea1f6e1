package com.wuxiao.command.proposal;

import com.wuxiao.command.common.api.RuleViolation;
import com.wuxiao.command.competition.api.YearConfig;
import com.wuxiao.command.identity.UserDirectory;
import com.wuxiao.command.proposal.api.Author;
import com.wuxiao.command.proposal.api.ProposalContent;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import static com.wuxiao.command.proposal.api.ProposalLimits.AMOUNT_FRACTION_DIGITS;
import static com.wuxiao.command.proposal.api.ProposalLimits.AMOUNT_MAX;
import static com.wuxiao.command.proposal.api.ProposalLimits.PROBLEM_MAX;
import static com.wuxiao.command.proposal.api.ProposalLimits.SAFETY_BENEFIT_MAX;
import static com.wuxiao.command.proposal.api.ProposalLimits.SHARES_TOTAL;
import static com.wuxiao.command.proposal.api.ProposalLimits.SHARE_MAX;
import static com.wuxiao.command.proposal.api.ProposalLimits.SHARE_MIN;
import static com.wuxiao.command.proposal.api.ProposalLimits.SOLUTION_MAX;
import static com.wuxiao.command.proposal.api.ProposalLimits.TITLE_MAX;

/**
 * What an author fills in — content, authors, mentor — checked the same way on submission and on
 * revision. Part of the {@link Proposal} aggregate; who may act and when is decided there.
 */
final class SubmissionRules {

    /** A checked input field: its name in the API and in both languages for messages. */
    private record Field(String name, String zh, String en) {
    }

    private static final Field CONTENT = new Field("content", "申报内容", "content");
    private static final Field TITLE = new Field("title", "标题", "title");
    private static final Field TYPE = new Field("type", "类别（五小）", "type");
    private static final Field CATEGORY = new Field("categoryCode", "专业类别", "category");
    private static final Field PROBLEM = new Field("problem", "存在问题", "problem");
    private static final Field SOLUTION = new Field("solution", "解决方案", "solution");
    private static final Field SAFETY_BENEFIT = new Field("expectedSafetyBenefit", "预期安全效益",
            "expected safety benefit");
    private static final Field ECONOMIC_BENEFIT = new Field("expectedEconomicBenefit", "预期经济效益",
            "expected economic benefit");
    private static final Field MATERIAL_COST = new Field("materialCost", "材料成本", "material cost");
    private static final Field AUTHORS = new Field("authors", "作者", "the author list");
    private static final Field MENTOR = new Field("mentorId", "师傅", "mentor");

    private static final BigDecimal AMOUNT_LIMIT = new BigDecimal(AMOUNT_MAX);

    private SubmissionRules() {
    }

    static void check(ProposalContent content, List<Author> authors, String mentorId, UserDirectory users,
                      YearConfig year) {
        checkContent(content, year);
        checkAuthors(authors, users);
        checkMentor(mentorId, authors, users);
    }

    private static void checkContent(ProposalContent content, YearConfig year) {
        if (content == null) {
            throw required(CONTENT);
        }
        checkText(content.title(), TITLE, TITLE_MAX, true);
        if (content.type() == null) {
            throw required(TYPE);
        }
        checkCategory(content.categoryCode(), year);
        checkText(content.problem(), PROBLEM, PROBLEM_MAX, true);
        checkText(content.solution(), SOLUTION, SOLUTION_MAX, true);
        checkText(content.expectedSafetyBenefit(), SAFETY_BENEFIT, SAFETY_BENEFIT_MAX, false);
        checkAmount(content.expectedEconomicBenefit(), ECONOMIC_BENEFIT);
        checkAmount(content.materialCost(), MATERIAL_COST);
    }

    private static void checkText(String value, Field field, int max, boolean required) {
        if (required && (value == null || value.isBlank())) {
            throw required(field);
        }
        if (value != null && value.length() > max) {
            throw RuleViolation.invalid("too-long", field.name(),
                    field.zh() + "不能超过 " + max + " 个字符", field.en() + " must be at most " + max + " characters");
        }
    }

    private static void checkCategory(String code, YearConfig year) {
        if (code == null || code.isBlank()) {
            throw required(CATEGORY);
        }
        if (!year.hasCategory(code)) {
            throw RuleViolation.invalid("unknown-category", CATEGORY.name(),
                    year.year() + " 年度没有专业类别 " + code, "the year " + year.year() + " has no category " + code);
        }
    }

    /** Amounts are optional (a suggestion may save nothing measurable), but if given they are sane. */
    private static void checkAmount(BigDecimal amount, Field field) {
        if (amount == null) {
            return;
        }
        if (amount.signum() < 0) {
            throw RuleViolation.invalid("negative-amount", field.name(),
                    field.zh() + "不能为负数", field.en() + " must not be negative");
        }
        if (amount.stripTrailingZeros().scale() > AMOUNT_FRACTION_DIGITS) {
            throw RuleViolation.invalid("too-many-decimals", field.name(),
                    field.zh() + "最多保留两位小数", field.en() + " has at most two decimals");
        }
        if (amount.compareTo(AMOUNT_LIMIT) > 0) {
            throw RuleViolation.invalid("amount-too-large", field.name(),
                    field.zh() + "不能超过 " + AMOUNT_MAX + " 元", field.en() + " must be at most CNY " + AMOUNT_MAX);
        }
    }

    private static void checkAuthors(List<Author> authors, UserDirectory users) {
        if (authors == null || authors.isEmpty()) {
            throw required(AUTHORS);
        }
        Set<String> seen = new HashSet<>();
        int total = 0;
        for (Author author : authors) {
            checkAuthorId(author);
            if (!seen.add(author.workerId())) {
                throw RuleViolation.invalid("duplicate-author", AUTHORS.name(),
                        "作者 " + author.workerId() + " 重复", "author " + author.workerId() + " is listed twice");
            }
            checkShare(author);
            total += author.share();
        }
        if (total != SHARES_TOTAL) {
            throw RuleViolation.invalid("shares-not-100", AUTHORS.name(),
                    "作者贡献比例之和须为 100%（当前 " + total + "%）",
                    "contribution shares must sum to 100% (now " + total + "%)");
        }
        for (Author author : authors) {
            if (users.find(author.workerId()).isEmpty()) {
                throw RuleViolation.invalid("unknown-author", AUTHORS.name(),
                        "作者 " + author.workerId() + " 不存在", "author " + author.workerId() + " is unknown");
            }
        }
    }

    private static void checkAuthorId(Author author) {
        if (author == null || author.workerId() == null || author.workerId().isBlank()) {
            throw RuleViolation.invalid("required", AUTHORS.name(), "每位作者都须填写工号", "every author needs a worker id");
        }
    }

    private static void checkShare(Author author) {
        if (author.share() < SHARE_MIN || author.share() > SHARE_MAX) {
            throw RuleViolation.invalid("share-out-of-range", AUTHORS.name(),
                    "作者 " + author.workerId() + " 的贡献比例须为 1–100 的整数",
                    "the share of author " + author.workerId() + " must be a whole percent from 1 to 100");
        }
    }

    /** A mentor (师徒结对) is optional; if named, a known person who is not also an author. */
    private static void checkMentor(String mentorId, List<Author> authors, UserDirectory users) {
        if (mentorId == null) {
            return;
        }
        if (mentorId.isBlank() || users.find(mentorId).isEmpty()) {
            throw RuleViolation.invalid("unknown-mentor", MENTOR.name(),
                    "师傅 " + mentorId + " 不存在", "mentor " + mentorId + " is unknown");
        }
        if (authors.stream().anyMatch(a -> Objects.equals(a.workerId(), mentorId))) {
            throw RuleViolation.invalid("mentor-is-author", MENTOR.name(),
                    "师傅不能同时是作者", "the mentor cannot also be an author");
        }
    }

    private static RuleViolation required(Field field) {
        return RuleViolation.invalid("required", field.name(), field.zh() + "不能为空", field.en() + " is required");
    }
}
