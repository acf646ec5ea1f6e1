package com.wuxiao.query.growth.api;

import com.wuxiao.query.certificate.api.Certificate;

import java.util.List;

/**
 * A worker's innovation record over the years (成长档案), for performance reviews and title
 * evaluation: figures per year, newest first, their proposals and their honours.
 */
public record GrowthRecord(String workerId,
                           String name,
                           List<GrowthYear> years,
                           List<GrowthProposal> proposals,
                           List<Certificate> honours) {

    public GrowthRecord {
        years = List.copyOf(years);
        proposals = List.copyOf(proposals);
        honours = List.copyOf(honours);
    }
}
