package com.wuxiao.query.commendation.api;

import com.wuxiao.command.commendation.api.CommendedWorker;
import com.wuxiao.command.commendation.api.UnitScore;

import java.time.Instant;
import java.util.List;

/**
 * A year's commendation: the 创新标兵, every unit ranked by the composite (the 优秀组织单位 marked
 * commended) and the results recommended to the group's competition.
 *
 * @param status DRAFTED or CONFIRMED; null if only recommendations exist so far
 */
public record CommendationDetail(int year,
                                 String status,
                                 String draftedBy,
                                 Instant draftedAt,
                                 String confirmedBy,
                                 Instant confirmedAt,
                                 List<CommendedWorker> workers,
                                 List<UnitScore> units,
                                 List<Recommendation> recommendations) {

    public CommendationDetail {
        workers = List.copyOf(workers);
        units = List.copyOf(units);
        recommendations = List.copyOf(recommendations);
    }
}
