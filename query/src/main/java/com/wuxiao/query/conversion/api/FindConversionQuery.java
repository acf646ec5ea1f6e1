package com.wuxiao.query.conversion.api;

import java.util.Objects;

/**
 * One conversion with its benefit reports. Answered with a {@link ConversionDetail}, or null when
 * there is no such conversion or it lies outside {@code scope} (indistinguishable on purpose): ask
 * with {@code ResponseTypes.optionalInstanceOf(ConversionDetail.class)}.
 */
public record FindConversionQuery(String conversionId, ConversionScope scope) {

    public FindConversionQuery {
        Objects.requireNonNull(scope, "scope");
    }
}
