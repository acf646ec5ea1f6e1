package com.wuxiao.infra.ui.honour;

import com.wuxiao.infra.ui.NameBook;
import com.wuxiao.infra.ui.Years;
import com.wuxiao.query.certificate.CertificateController;
import com.wuxiao.query.certificate.api.Certificate;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.List;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The union office's honours of a year: conferring 金牌工匠 with a citation, every certificate of the
 * year (one by one, a round's, the year's in one PDF to print) and each unit's growth records.
 */
@Controller
class HonourPages {

    private final CertificateController certificates;
    private final NameBook nameBook;
    private final Years years;

    HonourPages(CertificateController certificates, NameBook nameBook, Years years) {
        this.certificates = certificates;
        this.nameBook = nameBook;
        this.years = years;
    }

    @GetMapping("/office/honours")
    String honours(@RequestParam(required = false) Integer year, Authentication user, Model model) {
        int shown = year == null ? years.current() : year;
        model.addAttribute("year", shown);
        model.addAttribute("years", years.offered(shown));
        List<Certificate> honours = certificates.honours(null, shown, user).items();
        model.addAttribute("certificates", honours);
        model.addAttribute("rounds", honours.stream().map(Certificate::roundId).filter(Objects::nonNull).distinct()
                .sorted().toList());
        model.addAttribute("units", new TreeMap<>(nameBook.units()));
        model.addAttribute("names", nameBook.names(List.of(), List.of()));
        return "office/honours";
    }
}
