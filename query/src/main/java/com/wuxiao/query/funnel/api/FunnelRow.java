package com.wuxiao.query.funnel.api;

import java.math.BigDecimal;

/**
 * How far results of one unit (or all, {@code unitId} null) got in a period. Each stage counts what
 * happened in the period, by the time it was recorded: proposals submitted and accepted, results
 * awarded (a grade other than NONE), patents filed and granted, results handed over and adopted for
 * the first time (by any unit), and replications (each adoption of a result after its first).
 * Everything counts for the unit the result comes from.
 *
 * @param conversionRate             adopted / awarded, four decimals half-up; null when nothing was awarded
 * @param averageDaysAwardToAdoption mean days from award to first adoption over the results first
 *                                   adopted in the period, one decimal half-up; null when none was
 * @param benefit                    measured benefit of the adoptions in the period (replications included)
 */
public record FunnelRow(String unitId,
                        long submitted,
                        long accepted,
                        long awarded,
                        long patentsFiled,
                        long patentsGranted,
                        long handedOver,
                        long adopted,
                        long replicated,
                        BigDecimal conversionRate,
                        BigDecimal averageDaysAwardToAdoption,
                        MeasuredBenefit benefit) {
}
