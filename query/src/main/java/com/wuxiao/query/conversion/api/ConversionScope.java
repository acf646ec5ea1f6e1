package com.wuxiao.query.conversion.api;

import java.util.Objects;
import java.util.Set;

/**
 * Which conversions a reader may see: all of them ({@code all}), or those {@code userId} owns plus
 * those received by one of {@code unitIds}.
 *
 * @param userId  the reader; null only when {@code all}
 * @param unitIds the reader's units: conversions they receive are visible too
 */
public record ConversionScope(boolean all, String userId, Set<String> unitIds) {

    private static final ConversionScope EVERYTHING = new ConversionScope(true, null, Set.of());

    public ConversionScope {
        unitIds = Set.copyOf(unitIds);
        if (!all && (userId == null || userId.isBlank())) {
            throw new IllegalArgumentException("a limited scope needs the reader's user id");
        }
    }

    /** The union office, administrators and system callers. */
    public static ConversionScope everything() {
        return EVERYTHING;
    }

    /** The conversions the user owns and those received by the given units. */
    public static ConversionScope of(String userId, Set<String> unitIds) {
        return new ConversionScope(false, Objects.requireNonNull(userId, "userId"), unitIds);
    }
}
