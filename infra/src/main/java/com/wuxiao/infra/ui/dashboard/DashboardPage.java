package com.wuxiao.infra.ui.dashboard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.wuxiao.command.competition.CompetitionCalendar;
import com.wuxiao.infra.ui.NameBook;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The union leader's dashboard. The page is a frame: dashboard.js fetches every figure from the
 * REST API (leaderboards, funnel, patent pipeline, review progress) and draws the chart and the
 * table from the same answer, so what the page shows is what the API says.
 */
@Controller
class DashboardPage {

    /** The dashboard's charts, in page order; dashboard.js knows how to fill each. */
    static final List<String> CARDS = List.of("individuals", "units", "categories", "funnel", "benefit", "patents",
            "review", "overdue", "scoring", "fund");

    /** Cards that show now whatever day is picked: Camunda's task lists and the fund keep no history here. */
    static final Set<String> NOW_ONLY = Set.of("review", "overdue", "scoring", "fund");

    private static final int MAX_NAMES = 100;

    private final Clock clock;
    private final NameBook nameBook;
    private final ObjectMapper json;

    DashboardPage(Clock clock, NameBook nameBook, ObjectMapper json) {
        this.clock = clock;
        this.nameBook = nameBook;
        this.json = json;
    }

    @GetMapping("/dashboard")
    String dashboard(@RequestParam(required = false) Integer year, Model model) throws JsonProcessingException {
        int current = ZonedDateTime.now(clock.withZone(CompetitionCalendar.ZONE)).getYear();
        model.addAttribute("year", year == null ? current : year);
        model.addAttribute("years", IntStream.rangeClosed(current - 4, current).boxed()
                .sorted(Comparator.reverseOrder()).toList());
        model.addAttribute("cards", CARDS);
        model.addAttribute("nowOnly", NOW_ONLY);
        model.addAttribute("today", LocalDate.now(clock.withZone(CompetitionCalendar.ZONE)).toString());
        model.addAttribute("unitsJson", json.writeValueAsString(nameBook.units()));
        return "dashboard/dashboard";
    }

    /**
     * The names of the workers on a board (the leaderboards carry work numbers only: names live in
     * the directory). At most a board's page of them.
     */
    @GetMapping(value = "/dashboard/names", produces = "application/json")
    @ResponseBody
    Map<String, String> names(@RequestParam(name = "id", defaultValue = "") List<String> ids) {
        List<String> asked = ids.stream().filter(id -> !id.isBlank()).distinct().limit(MAX_NAMES).toList();
        return nameBook.names(asked, List.of()).people();
    }
}
