package com.wuxiao.command.draft;

import com.wuxiao.command.proposal.AuthorRequest;
import com.wuxiao.command.proposal.ProposalRequest;
import com.wuxiao.command.proposal.api.ProposalLimits;
import com.wuxiao.command.proposal.api.ProposalType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.util.List;

/**
 * A declaration form as far as it is filled in: the fields of the body of POST /api/proposals, all
 * optional. Saving checks only what no declaration could ever have (too long, an id that is no id, a
 * negative or oversized amount); whether it is complete and consistent is decided on submission.
 */
public record DraftContent(
        @Size(max = ProposalLimits.TITLE_MAX, message = TITLE_TOO_LONG) String title,
        ProposalType type,
        @Size(max = ID_MAX, message = ID_TOO_LONG) @Pattern(regexp = ID_PATTERN, message = ID_CHARACTERS)
        String categoryCode,
        @Size(max = ID_MAX, message = ID_TOO_LONG) @Pattern(regexp = ID_PATTERN, message = ID_CHARACTERS)
        String unitId,
        @Size(max = ProposalLimits.PROBLEM_MAX, message = PROBLEM_TOO_LONG) String problem,
        @Size(max = ProposalLimits.SOLUTION_MAX, message = SOLUTION_TOO_LONG) String solution,
        @PositiveOrZero(message = AMOUNT_NEGATIVE)
        @Digits(integer = ProposalLimits.AMOUNT_INTEGER_DIGITS, fraction = ProposalLimits.AMOUNT_FRACTION_DIGITS,
                message = AMOUNT_DIGITS)
        BigDecimal expectedEconomicBenefit,
        @Size(max = ProposalLimits.SAFETY_BENEFIT_MAX, message = SAFETY_TOO_LONG) String expectedSafetyBenefit,
        @PositiveOrZero(message = AMOUNT_NEGATIVE)
        @Digits(integer = ProposalLimits.AMOUNT_INTEGER_DIGITS, fraction = ProposalLimits.AMOUNT_FRACTION_DIGITS,
                message = AMOUNT_DIGITS)
        BigDecimal materialCost,
        @Size(max = AUTHORS_MAX, message = AUTHORS_TOO_MANY) @Valid List<DraftAuthor> authors,
        @Size(max = ID_MAX, message = ID_TOO_LONG) @Pattern(regexp = ID_PATTERN, message = ID_CHARACTERS)
        String mentorId,
        @Size(max = ID_MAX, message = ID_TOO_LONG) @Pattern(regexp = ID_PATTERN, message = ID_CHARACTERS)
        String needId) {

    static final int ID_MAX = 64;
    static final int AUTHORS_MAX = 20;
    /** Worker ids, unit and category codes: what the organisation import and Camunda's identities allow. */
    static final String ID_PATTERN = "[A-Za-z0-9_-]*";
    static final String ID_CHARACTERS = "编号只能包含字母、数字、- 和 _ / an id has only letters, digits, - and _";
    static final String AMOUNT_NEGATIVE = "金额不能为负数 / the amount must not be negative";
    static final String AMOUNT_DIGITS =
            "金额最多 {integer} 位整数、{fraction} 位小数 / the amount has at most {integer} digits and {fraction} decimals";
    static final String SHARE_RANGE = "贡献比例须为 1–100 的整数 / the share is a whole percent from 1 to 100";
    static final String ID_TOO_LONG = "编号不能超过 {max} 个字符 / an id is at most {max} characters";
    static final String TITLE_TOO_LONG = "标题不能超过 {max} 个字符 / title must be at most {max} characters";
    static final String PROBLEM_TOO_LONG = "存在问题不能超过 {max} 个字符 / problem must be at most {max} characters";
    static final String SOLUTION_TOO_LONG = "解决方案不能超过 {max} 个字符 / solution must be at most {max} characters";
    static final String SAFETY_TOO_LONG =
            "预期安全效益不能超过 {max} 个字符 / expected safety benefit must be at most {max} characters";
    static final String AUTHORS_TOO_MANY = "作者最多 {max} 位 / at most {max} authors";

    static DraftContent empty() {
        return new DraftContent(null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** The body POST /api/proposals would get (empty author lines stay, for its validation to name). */
    ProposalRequest toRequest() {
        List<AuthorRequest> requestAuthors = authors == null ? null
                : authors.stream().map(a -> a == null ? null : new AuthorRequest(a.workerId(), a.share())).toList();
        return new ProposalRequest(title, type, categoryCode, unitId, problem, solution, expectedEconomicBenefit,
                expectedSafetyBenefit, materialCost, requestAuthors, mentorId, null, needId);
    }
}
