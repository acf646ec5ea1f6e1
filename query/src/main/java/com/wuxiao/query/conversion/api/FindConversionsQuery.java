package com.wuxiao.query.conversion.api;

import com.wuxiao.query.common.api.Paging;

import java.util.Objects;

/**
 * A page of conversions, most recently changed first; every null filter matches all. Only
 * conversions inside {@code scope} are listed, and {@code total} counts only those. Answered with
 * {@link ConversionPage}.
 *
 * @param resultUnitId    the unit the result comes from
 * @param receivingUnitId the production unit it was handed over to
 * @param ownerId         the production owner following it
 * @param page            0-based
 * @param size            1..{@value #MAX_SIZE}
 * @param scope           what the asker may read; {@link ConversionScope#everything()} for system callers
 */
public record FindConversionsQuery(ConversionStatus status,
                                   String resultUnitId,
                                   String receivingUnitId,
                                   String ownerId,
                                   int page,
                                   int size,
                                   ConversionScope scope) {

    /** Bounds what one request can make the database read and the client render. */
    public static final int MAX_SIZE = 100;
    public static final int DEFAULT_SIZE = 20;

    public FindConversionsQuery {
        Objects.requireNonNull(scope, "scope");
        Paging.check(page, size, MAX_SIZE);
    }
}
