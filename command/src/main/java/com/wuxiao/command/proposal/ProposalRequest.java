package com.wuxiao.command.proposal;

import com.wuxiao.command.proposal.api.ProposalContent;
import com.wuxiao.command.proposal.api.ProposalLimits;
import com.wuxiao.command.proposal.api.ProposalType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.util.List;

import static com.wuxiao.command.proposal.ProposalFormMessages.*;

/**
 * Body of a declaration or of a revision. Checks the shape early; the {@link Proposal} aggregate
 * checks the rest (shares summing to 100, known people, category of the year, the submitter's unit).
 *
 * @param unitId          the unit declared for: must be the submitter's own unit (a revision keeps it)
 * @param mentorId        optional mentor (师徒结对)
 * @param basedOnRevision a revision only: the revision the author edited, so that an edit of an
 *                        outdated version is refused
 * @param needId          a declaration only, optional: the production need it answers
 */
public record ProposalRequest(
        @NotBlank(message = TITLE_REQUIRED) @Size(max = ProposalLimits.TITLE_MAX, message = TITLE_TOO_LONG)
        String title,
        @NotNull(message = TYPE_REQUIRED) ProposalType type,
        @NotBlank(message = CATEGORY_REQUIRED) String categoryCode,
        String unitId,
        @NotBlank(message = PROBLEM_REQUIRED) @Size(max = ProposalLimits.PROBLEM_MAX, message = PROBLEM_TOO_LONG)
        String problem,
        @NotBlank(message = SOLUTION_REQUIRED) @Size(max = ProposalLimits.SOLUTION_MAX, message = SOLUTION_TOO_LONG)
        String solution,
        @PositiveOrZero(message = AMOUNT_NEGATIVE)
        @Digits(integer = ProposalLimits.AMOUNT_INTEGER_DIGITS, fraction = ProposalLimits.AMOUNT_FRACTION_DIGITS,
                message = AMOUNT_DIGITS)
        BigDecimal expectedEconomicBenefit,
        @Size(max = ProposalLimits.SAFETY_BENEFIT_MAX, message = SAFETY_BENEFIT_TOO_LONG)
        String expectedSafetyBenefit,
        @PositiveOrZero(message = AMOUNT_NEGATIVE)
        @Digits(integer = ProposalLimits.AMOUNT_INTEGER_DIGITS, fraction = ProposalLimits.AMOUNT_FRACTION_DIGITS,
                message = AMOUNT_DIGITS)
        BigDecimal materialCost,
        @NotEmpty(message = AUTHORS_REQUIRED) @Valid List<@NotNull(message = AUTHOR_REQUIRED) AuthorRequest> authors,
        String mentorId,
        @NotNull(groups = Revision.class, message = REVISION_REQUIRED) @Positive(message = REVISION_POSITIVE)
        Integer basedOnRevision,
        String needId) {

    /** Validation group of the constraints that apply to a revision only. */
    public interface Revision {
    }

    ProposalContent content() {
        return new ProposalContent(title, type, categoryCode, problem, solution, expectedEconomicBenefit,
                expectedSafetyBenefit, materialCost);
    }
}
