package com.wuxiao.infra.ui;

import com.wuxiao.command.competition.CompetitionCalendar;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Times and money as the pages show them (templates call {@code @dates.time(...)}): Beijing time,
 * the competition's zone, whatever the server's; money in yuan from fen.
 */
@Component("dates")
public class Dates {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(CompetitionCalendar.ZONE);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd")
            .withZone(CompetitionCalendar.ZONE);

    public String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }

    public String day(Instant instant) {
        return instant == null ? "" : DAY.format(instant);
    }

    public String yuan(long fen) {
        return BigDecimal.valueOf(fen, 2).toPlainString();
    }

    /** Yuan from fen grouped by thousands, 1,234.56, for sums a table compares. */
    public String money(long fen) {
        return String.format(Locale.ROOT, "%,.2f", BigDecimal.valueOf(fen, 2));
    }
}
