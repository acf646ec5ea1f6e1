package com.wuxiao.query.fund.api;

import java.util.List;

/**
 * A year's innovation fund: the budget, what is booked (approved) and remains, what waits for a
 * decision, and the booked amounts by unit and by category. Money in fen.
 *
 * @param budgetFen null while the union leader has set no budget for the year
 */
public record FundOverview(int year,
                           Long budgetFen,
                           long bookedFen,
                           long remainingFen,
                           long pendingFen,
                           int pendingClaims,
                           int approvedClaims,
                           int refusedClaims,
                           List<FundSlice> byUnit,
                           List<FundSlice> byCategory) {

    public FundOverview {
        byUnit = List.copyOf(byUnit);
        byCategory = List.copyOf(byCategory);
    }

    /** Booked and claims of one unit or category, most booked first. */
    public record FundSlice(String key, long bookedFen, int approvedClaims) {
    }
}
