package com.wuxiao.infra.ui.audit;

import com.wuxiao.command.common.api.RuleViolation;
import com.wuxiao.infra.ui.NameBook;
import com.wuxiao.infra.ui.PageLinks;
import com.wuxiao.query.audit.AuditController;
import com.wuxiao.query.audit.api.AuditEntry;
import com.wuxiao.query.audit.api.AuditKind;
import com.wuxiao.query.audit.api.AuditTrailPage;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.Arrays;
import java.util.List;

/**
 * The union office's audit trail page: a kind and an id, then the aggregate's events a page at a
 * time, with the Excel file of all of them. An id without a trail is said on the page itself (the
 * form stays, to correct it), not as an error page.
 */
@Controller
class AuditPages {

    private static final int PAGE_SIZE = 50;

    private final AuditController audit;
    private final NameBook nameBook;

    AuditPages(AuditController audit, NameBook nameBook) {
        this.audit = audit;
        this.nameBook = nameBook;
    }

    @GetMapping("/office/audit")
    String audit(@RequestParam(required = false) String kind, @RequestParam(required = false) String id,
                 @RequestParam(defaultValue = "0") int page,
                 @RequestParam(required = false) Integer size, Authentication user, Model model) {
        String shownKind = AuditKind.ofPath(kind).orElse(AuditKind.PROPOSALS).path();
        String shownId = id == null ? "" : id.strip();
        model.addAttribute("kinds", Arrays.stream(AuditKind.values()).map(AuditKind::path).toList());
        model.addAttribute("kind", shownKind);
        model.addAttribute("id", shownId);
        if (!shownId.isEmpty()) {
            try {
                AuditTrailPage trail = audit.trail(shownKind, shownId, Math.max(page, 0),
                        PageLinks.size(size, PAGE_SIZE), user);
                model.addAttribute("trail", trail);
                model.addAttribute("names", nameBook.names(trail.items().stream().filter(e -> !e.bySystem())
                        .map(AuditEntry::actor).distinct().toList(), List.of()));
            } catch (RuleViolation violation) {
                if (violation.kind() != RuleViolation.Kind.NOT_FOUND) {
                    throw violation;
                }
                model.addAttribute("notFound", true);
            }
        }
        return "office/audit";
    }
}
