package com.wuxiao.command.whatif.api;

import com.wuxiao.command.commendation.api.CommendedWorker;
import com.wuxiao.command.commendation.api.UnitScore;

import java.util.List;

/** The year's 创新标兵 and the units by composite (优秀组织单位 marked commended) under one set of rules. */
public record Commended(List<CommendedWorker> innovators, List<UnitScore> units) {

    public Commended {
        innovators = List.copyOf(innovators);
        units = List.copyOf(units);
    }
}
