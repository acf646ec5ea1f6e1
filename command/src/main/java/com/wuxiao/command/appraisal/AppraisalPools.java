package com.wuxiao.command.appraisal;

import com.wuxiao.command.appraisal.api.PoolEntry;

import java.util.List;

/**
 * Port for the round's opening: the proposals a quarter's round is opened over. Injected as a
 * handler parameter like the user directory; the app's implementation is {@link AppraisalPoolLookup}.
 */
public interface AppraisalPools {

    /**
     * The proposals ACCEPTED at screening in the quarter (Beijing time) and not yet appraised, oldest
     * acceptance first, with their authors in the proposal's order.
     */
    List<PoolEntry> acceptedIn(int year, int quarter);
}
