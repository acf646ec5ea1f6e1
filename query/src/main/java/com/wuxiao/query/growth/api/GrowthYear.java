package com.wuxiao.query.growth.api;

import java.math.BigDecimal;

/**
 * One year of a worker's innovation record (as an author or co-author).
 *
 * @param declared   proposals of the competition year
 * @param accepted   of them, past the monthly screening
 * @param awarded    of them, given a grade ({@code first} … {@code merit} by grade)
 * @param patentsFiled   of their results, filed in the year; {@code patentsGranted} granted in it
 * @param adoptions      units that adopted their results in the year
 * @param points         the points they earned in the year
 */
public record GrowthYear(int year,
                         int declared,
                         int accepted,
                         int awarded,
                         int first,
                         int second,
                         int third,
                         int merit,
                         int patentsFiled,
                         int patentsGranted,
                         int adoptions,
                         BigDecimal points) {
}
