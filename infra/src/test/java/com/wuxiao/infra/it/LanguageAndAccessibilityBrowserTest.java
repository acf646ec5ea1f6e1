package com.wuxiao.infra.it;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The language switch, remembered across pages, and axe-core's verdict on the main pages. */
class LanguageAndAccessibilityBrowserTest extends IntegrationTestSupport {

    @LocalServerPort
    private int port;

    @Test
    void theLanguageSwitchTurnsThePagesEnglishAndBack() {
        try (Browser phone = Browser.phone(port)) {
            phone.open("/login");
            assertThat(phone.script("return document.documentElement.lang")).isEqualTo("zh-CN");
            phone.logIn("w1001", demoPassword());
            assertThat(phone.text(By.cssSelector("main h2"))).isEqualTo("我的申报");

            phone.clickable(By.cssSelector("a.language")).click();
            phone.until(d -> "en".equals(phone.script("return document.documentElement.lang")));
            assertThat(phone.text(By.cssSelector("main h2"))).isEqualTo("My proposals");
            phone.open("/inbox");
            assertThat(phone.script("return document.documentElement.lang")).as("remembered on the next page")
                    .isEqualTo("en");
            assertThat(phone.text(By.tagName("h1"))).isEqualTo("My inbox");

            phone.clickable(By.cssSelector("a.language")).click();
            phone.until(d -> "zh-CN".equals(phone.script("return document.documentElement.lang")));
            assertThat(phone.text(By.tagName("h1"))).isEqualTo("我的消息");
        }
    }

    @Test
    void everyWorkerPageFitsA360PixelPhone() {
        String proposalId = submit("w1001", proposalBody("窄屏显示检查：液压支架电液控制"));
        awaitProposalStatus("w1001", proposalId, "SUBMITTED");
        List<String> tooWide = new ArrayList<>();
        try (Browser phone = Browser.phone(port, 360, 740)) {
            phone.open("/login");
            checkWidth(phone, "/login", tooWide);
            phone.logIn("w1001", demoPassword());
            for (String page : List.of("/", "/proposals/new", "/proposals/mine", "/proposals/" + proposalId,
                    "/proposals/" + proposalId + "?lang=en", "/me/points", "/inbox", "/publicity", "/fund", "/record",
                    "/needs", "/catalogue")) {
                phone.open(page);
                phone.find(By.tagName("main"));
                checkWidth(phone, page, tooWide);
            }
        }
        assertThat(tooWide).as("pages wider than the 360 px screen (sideways scrolling)").isEmpty();
    }

    /** Notes a page that scrolls sideways on the phone, with the elements that stick out. */
    private static void checkWidth(Browser phone, String page, List<String> tooWide) {
        Object wider = phone.script("""
                const screenWidth = screen.width;
                if (document.documentElement.scrollWidth <= screenWidth) return null;
                return Array.from(document.querySelectorAll('body *'))
                    .filter(e => e.getBoundingClientRect().right > screenWidth + 0.5)
                    .slice(0, 5)
                    .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className ? '.' + e.className : '')
                        + ' ' + Math.round(e.getBoundingClientRect().right) + 'px');""");
        if (wider != null) {
            tooWide.add(page + ": " + wider);
        }
    }

    @Test
    void axeFindsNoSeriousOrCriticalViolationOnTheMainPages() {
        String proposalId = submit("w1001", proposalBody("采煤机截齿磨损在线检测"));
        awaitProposalStatus("w1001", proposalId, "SUBMITTED");
        List<String> violations = new ArrayList<>();
        try (Browser phone = Browser.phone(port)) {
            phone.open("/login");
            violations.addAll(serious(phone, "/login"));
            phone.logIn("w1001", demoPassword());
            for (String page : List.of("/", "/proposals/new", "/proposals/mine", "/proposals/" + proposalId,
                    "/me/points", "/inbox", "/publicity", "/fund", "/record")) {
                phone.open(page);
                phone.find(By.tagName("main"));
                violations.addAll(serious(phone, page));
            }
        }
        try (Browser leader = Browser.desktop(port).logIn("leader", demoPassword())) {
            leader.until(d -> "true".equals(leader.script("return document.getElementById('dashboard').dataset.ready")));
            violations.addAll(serious(leader, "/dashboard"));
            for (String page : List.of("/office/requests", "/office/meetings", "/office/fund", "/office/payouts",
                    "/office/honours", "/office/audit", "/office/what-if")) {
                leader.open(page);
                leader.find(By.tagName("main"));
                violations.addAll(serious(leader, page));
            }
        }
        try (Browser admin = Browser.desktop(port).logIn("admin", demoPassword())) {
            violations.addAll(serious(admin, "/admin/organisation"));
        }
        assertThat(violations).as("serious or critical axe-core violations").isEmpty();
    }

    private static List<String> serious(Browser browser, String page) {
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze(browser.driver());
        assertThat(results.getPasses()).as("axe-core ran on %s", page).isNotEmpty();
        List<String> found = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            if (Set.of("serious", "critical").contains(rule.getImpact())) {
                found.add(page + ": " + rule.getId() + " (" + rule.getImpact() + ") " + rule.getNodes().stream()
                        .map(node -> String.valueOf(node.getTarget())).limit(3).toList());
            }
        }
        return found;
    }
}
