package com.wuxiao.query.growth.api;

import java.util.List;

/** Records of several workers, by 工号. */
public record GrowthRecords(String unitName, List<GrowthRecord> items) {

    public GrowthRecords {
        items = List.copyOf(items);
    }
}
