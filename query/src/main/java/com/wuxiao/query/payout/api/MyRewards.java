package com.wuxiao.query.payout.api;

import java.util.List;

/** A worker's rewards, newest first, with what is still to be paid and what has been. Money in fen. */
public record MyRewards(long dueFen, long paidFen, List<PayoutItemRow> items) {

    public MyRewards {
        items = List.copyOf(items);
    }
}
