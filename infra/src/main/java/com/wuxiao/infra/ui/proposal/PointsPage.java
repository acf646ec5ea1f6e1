package com.wuxiao.infra.ui.proposal;

import com.wuxiao.command.competition.CompetitionCalendar;
import com.wuxiao.query.leaderboard.LeaderboardController;
import com.wuxiao.query.leaderboard.api.PointsEntry;
import com.wuxiao.query.leaderboard.api.WorkerPoints;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.stream.IntStream;

/** "My points and rewards" for a month, a quarter or a year, with the year month by month. */
@Controller
class PointsPage {

    private final LeaderboardController points;
    private final Clock clock;

    PointsPage(LeaderboardController points, Clock clock) {
        this.points = points;
        this.clock = clock;
    }

    /** One month of the year's breakdown. */
    record MonthTotal(String month, BigDecimal points, long rewardFen) {
    }

    @GetMapping("/me/points")
    String points(@RequestParam(required = false) String period, Authentication user, Model model) {
        String chosen = period == null || period.isBlank()
                ? String.valueOf(ZonedDateTime.now(clock.withZone(CompetitionCalendar.ZONE)).getYear()) : period;
        WorkerPoints within = points.myPoints(chosen, user);
        String year = chosen.substring(0, 4);
        List<PointsEntry> ofYear = points.myPoints(year, user).entries();
        List<MonthTotal> months = IntStream.rangeClosed(1, 12)
                .mapToObj(m -> "%s-%02d".formatted(year, m))
                .map(month -> new MonthTotal(month,
                        ofYear.stream().filter(e -> month.equals(e.month()) && e.points() != null)
                                .map(PointsEntry::points).reduce(BigDecimal.ZERO, BigDecimal::add),
                        ofYear.stream().filter(e -> month.equals(e.month())).mapToLong(PointsEntry::rewardFen).sum()))
                .toList();
        model.addAttribute("period", chosen);
        model.addAttribute("year", Integer.parseInt(year));
        model.addAttribute("points", within);
        model.addAttribute("months", months);
        return "proposal/points";
    }
}
