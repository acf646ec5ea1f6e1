package com.wuxiao.command.draft;

import com.wuxiao.command.proposal.AuthorRequest;
import com.wuxiao.command.proposal.ProposalRequest;
import com.wuxiao.command.proposal.api.ProposalLimits;
import com.wuxiao.command.proposal.api.ProposalType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.util.List;

/**
 * A declaration form as far as it is filled in: the fields of the body of POST /api/proposals, all
 * optional. Only lengths are checked on saving (a draft may be half done, but not huge); the whole
 * rule set applies when it is submitted.
 */
public record DraftContent(
        @Size(max = ProposalLimits.TITLE_MAX, message = TITLE_TOO_LONG) String title,
        ProposalType type,
        @Size(max = ID_MAX, message = ID_TOO_LONG) String categoryCode,
        @Size(max = ID_MAX, message = ID_TOO_LONG) String unitId,
        @Size(max = ProposalLimits.PROBLEM_MAX, message = PROBLEM_TOO_LONG) String problem,
        @Size(max = ProposalLimits.SOLUTION_MAX, message = SOLUTION_TOO_LONG) String solution,
        BigDecimal expectedEconomicBenefit,
        @Size(max = ProposalLimits.SAFETY_BENEFIT_MAX, message = SAFETY_TOO_LONG) String expectedSafetyBenefit,
        BigDecimal materialCost,
        @Size(max = AUTHORS_MAX, message = AUTHORS_TOO_MANY) @Valid List<DraftAuthor> authors,
        @Size(max = ID_MAX, message = ID_TOO_LONG) String mentorId) {

    static final int ID_MAX = 64;
    static final int AUTHORS_MAX = 20;
    static final String ID_TOO_LONG = "编号不能超过 {max} 个字符 / an id is at most {max} characters";
    static final String TITLE_TOO_LONG = "标题不能超过 {max} 个字符 / title must be at most {max} characters";
    static final String PROBLEM_TOO_LONG = "存在问题不能超过 {max} 个字符 / problem must be at most {max} characters";
    static final String SOLUTION_TOO_LONG = "解决方案不能超过 {max} 个字符 / solution must be at most {max} characters";
    static final String SAFETY_TOO_LONG =
            "预期安全效益不能超过 {max} 个字符 / expected safety benefit must be at most {max} characters";
    static final String AUTHORS_TOO_MANY = "作者最多 {max} 位 / at most {max} authors";

    static DraftContent empty() {
        return new DraftContent(null, null, null, null, null, null, null, null, null, null, null);
    }

    /** The body POST /api/proposals would get (empty author lines stay, for its validation to name). */
    ProposalRequest toRequest() {
        List<AuthorRequest> requestAuthors = authors == null ? null
                : authors.stream().map(a -> a == null ? null : new AuthorRequest(a.workerId(), a.share())).toList();
        return new ProposalRequest(title, type, categoryCode, unitId, problem, solution, expectedEconomicBenefit,
                expectedSafetyBenefit, materialCost, requestAuthors, mentorId, null);
    }
}
