package com.wuxiao.command.testing;

import com.wuxiao.command.appraisal.AppraisalPools;
import com.wuxiao.command.appraisal.api.PoolEntry;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The quarters' accepted proposals for fixture tests; a quarter nobody set has an empty pool. */
public final class InMemoryAppraisalPools implements AppraisalPools {

    private final Map<String, List<PoolEntry>> pools = new HashMap<>();

    /** Entries may include null or incomplete ones: the round checks what it takes. */
    public InMemoryAppraisalPools with(int year, int quarter, List<PoolEntry> entries) {
        pools.put(year + "-Q" + quarter, new ArrayList<>(entries));
        return this;
    }

    @Override
    public List<PoolEntry> acceptedIn(int year, int quarter) {
        return pools.getOrDefault(year + "-Q" + quarter, List.of());
    }
}
