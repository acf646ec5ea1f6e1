package com.wuxiao.query.conversion.api;

import java.util.Objects;

/**
 * Every conversion matching the filters and inside {@code scope}, in the order of
 * {@link FindConversionsQuery}, without paging: for exports. Answered with {@link ConversionList}.
 */
public record ListConversionsQuery(ConversionStatus status,
                                   String resultUnitId,
                                   String receivingUnitId,
                                   String ownerId,
                                   ConversionScope scope) {

    public ListConversionsQuery {
        Objects.requireNonNull(scope, "scope");
    }
}
