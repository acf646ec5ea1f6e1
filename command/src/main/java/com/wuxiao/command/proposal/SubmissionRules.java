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

import static com.wuxiao.command.common.api.RuleViolation.term;
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

    /** A checked input field: its name in the API and its label in the violation catalogue. */
    private record Field(String name, RuleViolation.Term label) {
    }

    private static final Field CONTENT = new Field("content", term("field.content"));
    private static final Field TITLE = new Field("title", term("field.title"));
    private static final Field TYPE = new Field("type", term("field.type"));
    private static final Field CATEGORY = new Field("categoryCode", term("field.category"));
    private static final Field PROBLEM = new Field("problem", term("field.problem"));
    private static final Field SOLUTION = new Field("solution", term("field.solution"));
    private static final Field SAFETY_BENEFIT = new Field("expectedSafetyBenefit",
            term("field.expected-safety-benefit"));
    private static final Field ECONOMIC_BENEFIT = new Field("expectedEconomicBenefit",
            term("field.expected-economic-benefit"));
    private static final Field MATERIAL_COST = new Field("materialCost", term("field.material-cost"));
    private static final Field AUTHORS = new Field("authors", term("field.authors"));
    private static final Field MENTOR = new Field("mentorId", term("field.mentor"));

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
            throw RuleViolation.invalid("too-long", field.name(), field.label(), max);
        }
    }

    private static void checkCategory(String code, YearConfig year) {
        if (code == null || code.isBlank()) {
            throw required(CATEGORY);
        }
        if (!year.hasCategory(code)) {
            throw RuleViolation.invalid("unknown-category", CATEGORY.name(), year.year(), code);
        }
    }

    /** Amounts are optional (a suggestion may save nothing measurable), but if given they are sane. */
    private static void checkAmount(BigDecimal amount, Field field) {
        if (amount == null) {
            return;
        }
        if (amount.signum() < 0) {
            throw RuleViolation.invalid("negative-amount", field.name(), field.label());
        }
        if (amount.stripTrailingZeros().scale() > AMOUNT_FRACTION_DIGITS) {
            throw RuleViolation.invalid("too-many-decimals", field.name(), field.label(), AMOUNT_FRACTION_DIGITS);
        }
        if (amount.compareTo(AMOUNT_LIMIT) > 0) {
            throw RuleViolation.invalid("amount-too-large", field.name(), field.label(), AMOUNT_MAX);
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
                throw RuleViolation.invalid("duplicate-author", AUTHORS.name(), author.workerId());
            }
            checkShare(author);
            total += author.share();
        }
        if (total != SHARES_TOTAL) {
            throw RuleViolation.invalid("shares-not-100", AUTHORS.name(), total);
        }
        for (Author author : authors) {
            if (users.find(author.workerId()).isEmpty()) {
                throw RuleViolation.invalid("unknown-author", AUTHORS.name(), author.workerId());
            }
        }
    }

    private static void checkAuthorId(Author author) {
        if (author == null || author.workerId() == null || author.workerId().isBlank()) {
            throw RuleViolation.invalid("required", AUTHORS.name(), term("field.author-worker-ids"));
        }
    }

    private static void checkShare(Author author) {
        if (author.share() < SHARE_MIN || author.share() > SHARE_MAX) {
            throw RuleViolation.invalid("share-out-of-range", AUTHORS.name(), author.workerId());
        }
    }

    /** A mentor (师徒结对) is optional; if named, a known person who is not also an author. */
    private static void checkMentor(String mentorId, List<Author> authors, UserDirectory users) {
        if (mentorId == null) {
            return;
        }
        if (mentorId.isBlank() || users.find(mentorId).isEmpty()) {
            throw RuleViolation.invalid("unknown-mentor", MENTOR.name(), mentorId);
        }
        if (authors.stream().anyMatch(a -> Objects.equals(a.workerId(), mentorId))) {
            throw RuleViolation.invalid("mentor-is-author", MENTOR.name());
        }
    }

    private static RuleViolation required(Field field) {
        return RuleViolation.invalid("required", field.name(), field.label());
    }
}
