package com.wuxiao.query.need.api;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A need in a list.
 *
 * @param answerable open and not past its deadline on the query's day: a declaration may answer it
 * @param solved     null while open
 * @param answers    declarations that answer it
 */
public record NeedSummary(String needId,
                          String title,
                          String unitId,
                          String categoryCode,
                          LocalDate deadline,
                          String rewardNote,
                          Instant publishedAt,
                          boolean closed,
                          boolean answerable,
                          Boolean solved,
                          int answers) {
}
