package com.wuxiao.command.draft;

import com.wuxiao.command.proposal.api.ProposalLimits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An author line of a draft, as in a declaration: worker id and share, either still empty. */
public record DraftAuthor(@Size(max = DraftContent.ID_MAX, message = DraftContent.ID_TOO_LONG)
                          @Pattern(regexp = DraftContent.ID_PATTERN, message = DraftContent.ID_CHARACTERS)
                          String workerId,
                          @Min(value = ProposalLimits.SHARE_MIN, message = DraftContent.SHARE_RANGE)
                          @Max(value = ProposalLimits.SHARE_MAX, message = DraftContent.SHARE_RANGE)
                          Integer share) {
}
