package com.wuxiao.command.competition;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** The competition runs on Beijing time: months and years of declarations are taken there. */
public final class CompetitionCalendar {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private CompetitionCalendar() {
    }

    /** The calendar day (Beijing) of an instant. */
    public static LocalDate dayOf(Instant at) {
        return at.atZone(ZONE).toLocalDate();
    }
}
