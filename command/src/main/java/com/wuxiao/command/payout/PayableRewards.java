package com.wuxiao.command.payout;

import com.wuxiao.command.payout.api.PayableReward;

import java.util.Collection;
import java.util.List;

/**
 * Port for payout batches: the rewards finalised rounds granted. Injected as a handler parameter
 * like the user directory.
 */
public interface PayableRewards {

    /** The items of these ids that exist, in no particular order. */
    List<PayableReward> find(Collection<String> itemIds);

    /** Every item of the round, by item id. */
    List<PayableReward> ofRound(String roundId);
}
