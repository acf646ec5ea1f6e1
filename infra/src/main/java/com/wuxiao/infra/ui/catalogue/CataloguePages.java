package com.wuxiao.infra.ui.catalogue;

import com.wuxiao.command.identity.UserDirectory;
import com.wuxiao.command.identity.api.Role;
import com.wuxiao.command.proposal.api.ProposalType;
import com.wuxiao.infra.ui.NameBook;
import com.wuxiao.infra.ui.PageLinks;
import com.wuxiao.infra.ui.Years;
import com.wuxiao.query.catalogue.CatalogueQueryController;
import com.wuxiao.query.catalogue.api.CataloguePage;
import com.wuxiao.query.catalogue.api.CatalogueResult;
import com.wuxiao.query.catalogue.api.FindResultRequestsQuery;
import com.wuxiao.query.catalogue.api.ResultRequestRow;
import com.wuxiao.query.catalogue.api.ResultRequestStatus;
import com.wuxiao.query.catalogue.api.SearchCatalogueQuery;
import com.wuxiao.query.need.NeedQueryController;
import com.wuxiao.query.need.api.NeedDetail;
import com.wuxiao.query.need.api.NeedPage;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.ArrayList;
import java.util.List;

/**
 * The pull side's pages: production needs (a worker answers one from their phone) and the results
 * catalogue (search, a result's page, a production owner's request). The data comes from the REST
 * API's controllers, so a page shows what the API says.
 */
@Controller
class CataloguePages {

    private final NeedQueryController needs;
    private final CatalogueQueryController catalogue;
    private final UserDirectory directory;
    private final NameBook nameBook;
    private final Years years;

    CataloguePages(NeedQueryController needs, CatalogueQueryController catalogue, UserDirectory directory,
                   NameBook nameBook, Years years) {
        this.needs = needs;
        this.catalogue = catalogue;
        this.directory = directory;
        this.nameBook = nameBook;
        this.years = years;
    }

    @GetMapping("/needs")
    String needs(@RequestParam(defaultValue = "false") boolean all, @RequestParam(defaultValue = "0") int page,
                 @RequestParam(required = false) Integer size,
                 Authentication user, Model model) {
        NeedPage found = needs.list(all ? null : Boolean.TRUE, null, Math.max(page, 0), PageLinks.size(size), user);
        model.addAttribute("page", found);
        model.addAttribute("all", all);
        model.addAttribute("canPublish", has(user, Role.PRODUCTION_OWNER) || has(user, Role.UNION_LEADER));
        model.addAttribute("names", nameBook.names(List.of(), List.of(years.current())));
        return "catalogue/needs";
    }

    /** A production owner publishes for their unit, the union office for any (the form names it). */
    @GetMapping("/needs/new")
    String publish(Authentication user, Model model) {
        model.addAttribute("categories", nameBook.categories(years.current()));
        model.addAttribute("leader", has(user, Role.UNION_LEADER));
        model.addAttribute("units", nameBook.units());
        model.addAttribute("unitId", directory.find(user.getName()).map(a -> a.unitId()).orElse(null));
        return "catalogue/need-form";
    }

    @GetMapping("/needs/{needId}")
    String need(@PathVariable String needId, Authentication user, Model model) {
        NeedDetail need = needs.detail(needId, user);
        model.addAttribute("need", need);
        boolean unitsOwner = directory.find(user.getName())
                .map(a -> a.has(Role.PRODUCTION_OWNER) && a.unitId().equals(need.need().unitId())).orElse(false);
        model.addAttribute("canClose", !need.need().closed() && (unitsOwner || has(user, Role.UNION_LEADER)));
        model.addAttribute("canAnswer", need.need().answerable() && has(user, Role.WORKER));
        model.addAttribute("names", nameBook.names(need.answers().stream().map(a -> a.submitterId()).toList(),
                List.of(years.current())));
        return "catalogue/need";
    }

    @GetMapping("/catalogue")
    String search(@RequestParam(required = false) String text, @RequestParam(required = false) String categoryCode,
                  @RequestParam(required = false) ProposalType type, @RequestParam(required = false) String unitId,
                  @RequestParam(required = false) Integer year, @RequestParam(defaultValue = "0") int page,
                  @RequestParam(required = false) Integer size, Authentication user, Model model) {
        CataloguePage found = catalogue.search(text, categoryCode, type, unitId, year, Math.max(page, 0),
                PageLinks.size(size), user);
        model.addAttribute("page", found);
        model.addAttribute("text", text);
        model.addAttribute("categoryCode", categoryCode);
        model.addAttribute("type", type);
        model.addAttribute("unitId", unitId);
        model.addAttribute("year", year);
        model.addAttribute("types", ProposalType.values());
        model.addAttribute("years", years.offered(null));
        model.addAttribute("maxText", SearchCatalogueQuery.TEXT_MAX);
        model.addAttribute("names", nameBook.names(List.of(), years.offered(null)));
        model.addAttribute("categories", nameBook.categories(years.current()));
        return "catalogue/search";
    }

    @GetMapping("/catalogue/{proposalId}")
    String result(@PathVariable String proposalId, Authentication user, Model model) {
        CatalogueResult result = catalogue.result(proposalId, user);
        model.addAttribute("result", result);
        boolean owner = has(user, Role.PRODUCTION_OWNER);
        model.addAttribute("canRequest", owner);
        // the owner's unit asks once: again only after a refusal (the request aggregate's rule)
        List<ResultRequestRow> requests = owner
                ? catalogue.requests(null, proposalId, 0, FindResultRequestsQuery.MAX_SIZE, user).items() : List.of();
        model.addAttribute("requests", requests);
        model.addAttribute("requestStands", requests.stream().anyMatch(r -> r.status() != ResultRequestStatus.DECLINED));
        model.addAttribute("pending", requests.stream().anyMatch(r -> r.status() == ResultRequestStatus.PENDING));
        List<String> people = new ArrayList<>(result.authorIds());
        result.feedback().forEach(f -> people.add(f.givenBy()));
        requests.forEach(r -> people.add(r.requestedBy()));
        model.addAttribute("names", nameBook.names(people, List.of(result.entry().competitionYear())));
        return "catalogue/result";
    }

    private boolean has(Authentication user, Role role) {
        return directory.find(user.getName()).map(a -> a.has(role)).orElse(false);
    }
}
