package com.wuxiao.infra.ui;

import com.wuxiao.command.competition.CompetitionCalendar;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The competition years a page offers: this one (in Beijing, whatever the server's zone) and the last few. */
@Component
public class Years {

    private static final int OFFERED = 5;

    private final Clock clock;

    Years(Clock clock) {
        this.clock = clock;
    }

    public int current() {
        return today().getYear();
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(CompetitionCalendar.ZONE));
    }

    /** This year and the four before it, latest first; {@code chosen} among them if it is older. */
    public List<Integer> offered(Integer chosen) {
        int current = current();
        List<Integer> years = new ArrayList<>();
        for (int y = current; y > current - OFFERED; y--) {
            years.add(y);
        }
        if (chosen != null && !years.contains(chosen)) {
            years.add(chosen);
        }
        return years;
    }
}
