package com.wuxiao.query.catalogue.api;

import com.wuxiao.command.common.api.RuleViolation;
import com.wuxiao.command.proposal.api.ProposalType;
import com.wuxiao.query.common.api.Paging;

/**
 * A page of the results catalogue (成果库): awarded results, newest award first; each null filter
 * matches all. Answered with {@link CataloguePage}; anyone logged in may ask.
 *
 * @param text words in the title, problem or solution (at most {@value #TEXT_MAX} characters)
 * @param year the result's competition year
 */
public record SearchCatalogueQuery(String text, String categoryCode, ProposalType type, String unitId, Integer year,
                                   int page, int size) {

    public static final int MAX_SIZE = 100;
    public static final int DEFAULT_SIZE = 20;
    public static final int TEXT_MAX = 50;

    public SearchCatalogueQuery {
        Paging.check(page, size, MAX_SIZE);
        text = text == null || text.isBlank() ? null : text.strip();
        if (text != null && text.length() > TEXT_MAX) {
            throw RuleViolation.invalid("query-too-long", "text");
        }
    }
}
