package com.wuxiao.query.appraisal.api;

import com.wuxiao.command.appraisal.api.PoolEntry;

import java.util.List;

/** A round's pool, oldest acceptance first. */
public record AppraisalPool(List<PoolEntry> entries) {

    public AppraisalPool {
        entries = List.copyOf(entries);
    }
}
