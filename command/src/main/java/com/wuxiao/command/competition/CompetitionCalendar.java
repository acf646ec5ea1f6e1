package com.wuxiao.command.competition;

import java.time.ZoneId;

/** The competition runs on Beijing time: months and years of declarations are taken there. */
public final class CompetitionCalendar {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private CompetitionCalendar() {
    }
}
