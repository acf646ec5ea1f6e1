package com.wuxiao.command.proposal;

import com.wuxiao.command.proposal.api.Author;
import com.wuxiao.command.proposal.api.ProposalLimits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.util.List;

/** One author in a request body: worker id (工号) and contribution share in whole percent. */
public record AuthorRequest(
        @NotBlank(message = ProposalFormMessages.WORKER_ID_REQUIRED) String workerId,
        @NotNull(message = ProposalFormMessages.SHARE_REQUIRED)
        @Min(value = ProposalLimits.SHARE_MIN, message = ProposalFormMessages.SHARE_RANGE)
        @Max(value = ProposalLimits.SHARE_MAX, message = ProposalFormMessages.SHARE_MAX) Integer share) {

    Author toAuthor() {
        return new Author(workerId, share);
    }

    static List<Author> toAuthors(List<AuthorRequest> authors) {
        return authors.stream().map(AuthorRequest::toAuthor).toList();
    }
}
