package com.wuxiao.query.proposal.api;

import com.wuxiao.command.proposal.api.ProposalStatus;
import com.wuxiao.command.proposal.api.ProposalType;
import com.wuxiao.query.common.api.Paging;

import java.util.Objects;

/**
 * A page of proposals, newest first; every null filter matches all. Only proposals inside
 * {@code scope} are listed, and {@code total} counts only those. Answered with {@link ProposalPage}.
 *
 * @param year     competition year
 * @param month    declaration month
 * @param authorId proposals this worker is one of the authors of
 * @param page     0-based
 * @param size     1..{@value #MAX_SIZE}
 * @param scope    what the asker may read; {@link ProposalScope#everything()} for system callers
 */
public record FindProposalsQuery(String unitId,
                                 Integer year,
                                 Integer month,
                                 ProposalStatus status,
                                 ProposalType type,
                                 String categoryCode,
                                 String authorId,
                                 int page,
                                 int size,
                                 ProposalScope scope) {

    /** Bounds what one request can make the database read and the client render. */
    public static final int MAX_SIZE = 100;
    public static final int DEFAULT_SIZE = 20;

    public FindProposalsQuery {
        Objects.requireNonNull(scope, "scope");
        Paging.check(page, size, MAX_SIZE);
    }

    /** The given author's proposals, as that author reads them; all filters else open. */
    public static FindProposalsQuery byAuthor(String authorId, int page, int size) {
        return new FindProposalsQuery(null, null, null, null, null, null, authorId, page, size,
                ProposalScope.own(authorId));
    }
}
