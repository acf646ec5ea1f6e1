package com.wuxiao.infra.ui.admin;

import com.wuxiao.command.common.api.RuleViolation;
import com.wuxiao.infra.identity.OrganisationImport;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

/** The administrator's organisation import page (ADMIN only, security configuration); the same import as the API's. */
@Controller
@RequestMapping("/admin/organisation")
class OrganisationPageController {

    private static final String VIEW = "admin/organisation";

    private final OrganisationImport organisationImport;
    private final MessageSource messages;

    OrganisationPageController(OrganisationImport organisationImport, MessageSource messages) {
        this.organisationImport = organisationImport;
        this.messages = messages;
    }

    /** A refused row as the page lists it, its reason in the page's language. */
    record RejectedRow(int row, String unitId, String workerId, String reason) {
    }

    @GetMapping
    String page() {
        return VIEW;
    }

    @PostMapping
    String importFile(@RequestParam(value = "file", required = false) MultipartFile file, Authentication authentication,
                      Locale locale, Model model) {
        // A form sent without choosing a file has a part without a name; an empty named file is the import's to refuse.
        if (file == null || file.isEmpty() && !StringUtils.hasText(file.getOriginalFilename())) {
            model.addAttribute("error", messages.getMessage("orgimport.noFile", null, locale));
            return VIEW;
        }
        try {
            OrganisationImport.Report report = organisationImport.importFile(file.getBytes(), authentication.getName());
            List<RejectedRow> rejected = report.rejected().stream()
                    .map(r -> new RejectedRow(r.row(), r.unitId(), r.workerId(),
                            messages.getMessage("orgimport.reason." + r.code(), r.args().toArray(), locale)))
                    .toList();
            model.addAttribute("report", report);
            model.addAttribute("rejected", rejected);
        } catch (RuleViolation violation) {
            model.addAttribute("error", "en".equals(locale.getLanguage()) ? violation.messageEn() : violation.messageZh());
        } catch (IOException e) {
            model.addAttribute("error", messages.getMessage("orgimport.noFile", null, locale));
        }
        return VIEW;
    }
}
