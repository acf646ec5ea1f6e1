package com.wuxiao.query.funnel.api;

import java.math.BigDecimal;

/**
 * How far results of one unit (or all, {@code unitId} null) got in a period. Each stage counts what
 * happened in the period (Beijing time), as points do: proposals submitted and accepted, results
 * awarded (a grade other than NONE) when their round was finalised, patents filed and granted (on
 * the filing and grant dates), results handed over and adopted for the first time (by any unit),
 * and replications (each adoption of a result after its first). Everything counts for the unit the
 * result comes from. An activity view, not a cohort: a result awarded in one year and adopted in
 * the next counts as awarded in the first and adopted in the second.
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
