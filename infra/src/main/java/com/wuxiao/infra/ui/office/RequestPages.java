package com.wuxiao.infra.ui.office;

import com.wuxiao.command.identity.api.Role;
import com.wuxiao.infra.ui.NameBook;
import com.wuxiao.infra.ui.PageLinks;
import com.wuxiao.infra.ui.Years;
import com.wuxiao.query.catalogue.CatalogueQueryController;
import com.wuxiao.query.catalogue.api.CataloguePage;
import com.wuxiao.query.catalogue.api.MeetingDetail;
import com.wuxiao.query.catalogue.api.MeetingPage;
import com.wuxiao.query.catalogue.api.ResultRequestPage;
import com.wuxiao.query.catalogue.api.ResultRequestRow;
import com.wuxiao.query.catalogue.api.ResultRequestStatus;
import com.wuxiao.query.catalogue.api.SearchCatalogueQuery;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The union office's side of the pull: production owners' requests for results (accepted with the
 * trial's planned dates, which starts the handover, or declined with a reason) and promotion meetings
 * (scheduled with results and invited owners; after the day, who wanted what). The forms call the REST
 * API ({@code api-form.js}); the lists come from its controllers.
 */
@Controller
class RequestPages {

    private final CatalogueQueryController catalogue;
    private final NameBook nameBook;
    private final Years years;

    RequestPages(CatalogueQueryController catalogue, NameBook nameBook, Years years) {
        this.catalogue = catalogue;
        this.nameBook = nameBook;
        this.years = years;
    }

    @GetMapping("/office/requests")
    String requests(@RequestParam(required = false) ResultRequestStatus status,
                    @RequestParam(defaultValue = "0") int page,
                    @RequestParam(required = false) Integer size, Authentication user, Model model) {
        ResultRequestPage found = catalogue.requests(status, null, Math.max(page, 0), PageLinks.size(size), user);
        model.addAttribute("page", found);
        model.addAttribute("status", status);
        model.addAttribute("statuses", ResultRequestStatus.values());
        model.addAttribute("today", years.today());
        List<String> people = new ArrayList<>();
        for (ResultRequestRow row : found.items()) {
            people.add(row.ownerId());
            people.add(row.requestedBy());
        }
        model.addAttribute("names", nameBook.names(people, List.of()));
        return "office/requests";
    }

    @GetMapping("/office/meetings")
    String meetings(@RequestParam(required = false) Integer year, @RequestParam(required = false) String text,
                    @RequestParam(required = false) String categoryCode, @RequestParam(defaultValue = "0") int page,
                    @RequestParam(required = false) Integer size, Authentication user, Model model) {
        MeetingPage found = catalogue.meetings(Math.max(page, 0), PageLinks.size(size), user);
        model.addAttribute("page", found);
        // a meeting presents a year's results: the picker lists those of one year
        int shown = year == null ? years.current() : year;
        model.addAttribute("year", shown);
        model.addAttribute("years", years.offered(shown));
        // a year may have more results than one picker holds: words and a category narrow it
        CataloguePage results = catalogue.search(text, categoryCode, null, null, shown, 0,
                SearchCatalogueQuery.MAX_SIZE, user);
        model.addAttribute("results", results.items());
        model.addAttribute("resultsTotal", results.total());
        model.addAttribute("text", text);
        model.addAttribute("categoryCode", categoryCode);
        model.addAttribute("categories", nameBook.categories(shown));
        model.addAttribute("maxText", SearchCatalogueQuery.TEXT_MAX);
        model.addAttribute("owners", nameBook.holdersOf(Role.PRODUCTION_OWNER));
        model.addAttribute("today", years.today());
        List<String> people = new ArrayList<>();
        Map<String, String> titles = new HashMap<>();
        for (MeetingDetail meeting : found.items()) {
            people.addAll(meeting.invitedOwnerIds());
            meeting.results().forEach(r -> titles.put(r.proposalId(), r.title()));
        }
        model.addAttribute("titles", titles);
        model.addAttribute("names", nameBook.names(people, List.of()));
        return "office/meetings";
    }
}
