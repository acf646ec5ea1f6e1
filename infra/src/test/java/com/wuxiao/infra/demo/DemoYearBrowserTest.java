package com.wuxiao.infra.demo;

import com.wuxiao.infra.it.Browser;
import com.wuxiao.infra.it.DashboardCharts;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo year in a real browser, as the README's screenshots show it: the union leader's
 * dashboard on last year (every chart the API's numbers), a worker's proposals and the publicity
 * board on a phone, a production owner's conversions at home.
 */
class DemoYearBrowserTest extends DemoYearSupport {

    @Test
    void theLeaderSeesLastYearOnTheDashboard() {
        try (Browser leader = Browser.desktop(port).logIn("leader", password)) {
            DashboardCharts dashboard = new DashboardCharts(leader, leader());
            new Select(leader.find(By.id("period"))).selectByValue(year());
            dashboard.awaitReady(year());
            dashboard.assertMatchTheApi(year());
            dashboard.assertEveryCardHasItsExcel();
            leader.screenshot("dashboard");

            String quarter = year() + "-Q2";
            new Select(leader.find(By.id("period"))).selectByValue(quarter);
            dashboard.awaitReady(quarter);
            dashboard.assertMatchTheApi(quarter);
        }
    }

    /** 时间回溯: the day moves back to the end of June and every chart shows the figures of then. */
    @Test
    void theLeaderMovesTheDashboardBackToMidYear() {
        try (Browser leader = Browser.desktop(port).logIn("leader", password)) {
            DashboardCharts dashboard = new DashboardCharts(leader, leader());
            new Select(leader.find(By.id("period"))).selectByValue(year());
            dashboard.awaitReady(year());
            List<Double> funnelNow = dashboard.seriesValues("funnel", 0);
            List<Double> unitsNow = dashboard.seriesValues("units", 0);

            String day = year() + "-06-30";
            leader.script("""
                    const input = document.getElementById('as-of');
                    input.value = arguments[0];
                    input.dispatchEvent(new Event('change'));""", day);
            dashboard.awaitReady(year(), day);
            dashboard.assertMatchTheApi(year(), day);
            assertThat(dashboard.seriesValues("funnel", 0)).as("the funnel at the end of June").isNotEqualTo(funnelNow);
            assertThat(dashboard.seriesValues("units", 0)).as("the units at the end of June").isNotEqualTo(unitsNow);
            assertThat(leader.find(By.id("card-fund")).getAttribute("class")).as("the fund shows now").contains("now-only");
            assertThat(leader.find(By.id("as-of-note")).isDisplayed()).isTrue();
            assertThat(leader.path()).contains("asOf=" + day);
            leader.screenshot("dashboard-as-of");
        }
    }

    /** 规则推演: other weights for a finished round, the differences beside what was decided, and their Excel. */
    @Test
    @SuppressWarnings("unchecked")
    void theLeaderReplaysARoundWithOtherWeightsAndExportsIt() throws Exception {
        String round = year() + "-Q2";
        try (Browser leader = Browser.desktop(port).logIn("leader", password)) {
            leader.open("/office/what-if?round=" + round);
            assertThat(numbers(leader.text(By.id("what-if-changed")))).as("the decided rules change nothing")
                    .startsWith(0, 0);
            assertThat(leader.driver().findElements(By.cssSelector("#what-if-proposals tbody tr"))).isEmpty();
            Map<String, Object> roundRules = leader().getForObject("/api/what-if/rules?round={r}", Map.class, round);
            assertThat(leader.find(By.id("rule-first")).getAttribute("value")).as("the form starts from the round's rules")
                    .isEqualTo(String.valueOf(((Map<String, Object>) roundRules.get("quotas")).get("first")));
            leader.type(By.id("rule-feasibility"), "100");
            leader.type(By.id("rule-benefit"), "0");
            leader.type(By.id("rule-promotability"), "0");
            leader.click(By.id("what-if-run"));
            leader.until(d -> d.getCurrentUrl().contains("feasibility=100"));
            assertThat(leader.find(By.id("rule-feasibility")).getAttribute("value")).as("the form keeps what was asked")
                    .isEqualTo("100");

            Map<String, Object> api = leader().getForObject("/api/what-if?round={r}&feasibility=100&benefit=0"
                                                            + "&promotability=0", Map.class, round);
            List<Map<String, Object>> proposals = (List<Map<String, Object>>) api.get("proposals");
            Map<String, String> moved = new TreeMap<>();
            for (Map<String, Object> p : proposals) {
                Map<String, Object> decided = (Map<String, Object>) p.get("decided");
                Map<String, Object> other = (Map<String, Object>) p.get("alternative");
                if (!decided.equals(other)) {
                    moved.put((String) p.get("proposalId"),
                            new BigDecimal(other.get("finalScore").toString()).setScale(2, RoundingMode.HALF_UP).toPlainString());
                }
            }
            assertThat(moved).as("feasibility alone moves the scores of %s", round).isNotEmpty();
            Map<String, String> shown = new TreeMap<>();
            for (WebElement row : leader.driver().findElements(By.cssSelector("#what-if-proposals tbody tr"))) {
                List<WebElement> cells = row.findElements(By.tagName("td"));
                shown.put(cells.get(0).getText(), cells.get(3).getText().split(" · ")[1]);
            }
            assertThat(shown).as("each moved proposal with its what-if score, as the API has it").isEqualTo(moved);
            long gradeChanges = proposals.stream().filter(p -> !grade(p, "decided").equals(grade(p, "alternative"))).count();
            assertThat(numbers(leader.text(By.id("what-if-changed")))).as("grades changed, proposals moved, all")
                    .containsExactly((int) gradeChanges, moved.size(), proposals.size());
            long alternativeFirst = proposals.stream().filter(p -> "FIRST".equals(grade(p, "alternative"))).count();
            assertThat(leader.find(By.id("what-if-chart")).getAttribute("data-drawn"))
                    .as("the chart's what-if series, first prizes first").startsWith(alternativeFirst + ",");
            leader.screenshot("what-if");

            URI export = URI.create(leader.find(By.id("what-if-excel")).getAttribute("href"));
            byte[] workbook = leader().getForObject(export.getRawPath() + "?" + export.getRawQuery(), byte[].class);
            try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
                Sheet sheet = book.getSheet("申报");
                assertThat(sheet.getLastRowNum()).as("a row per proposal").isEqualTo(proposals.size());
                Map<String, String> exported = new TreeMap<>();
                for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                    String id = sheet.getRow(i).getCell(1).getStringCellValue();
                    if (moved.containsKey(id)) {
                        exported.put(id, BigDecimal.valueOf(sheet.getRow(i).getCell(6).getNumericCellValue())
                                .setScale(2, RoundingMode.HALF_UP).toPlainString());
                    }
                }
                assertThat(exported).as("the what-if scores in the Excel").isEqualTo(moved);
            }
        }
    }

    /** The whole numbers of a text, in order. */
    private static List<Integer> numbers(String text) {
        return java.util.regex.Pattern.compile("\\d+").matcher(text).results()
                .map(m -> Integer.parseInt(m.group())).toList();
    }

    @SuppressWarnings("unchecked")
    private static Object grade(Map<String, Object> proposal, String side) {
        return ((Map<String, Object>) proposal.get(side)).get("grade");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aWorkerFollowsTheirProposalsAndThePublicityBoardOnThePhone() {
        Map<String, Object> mine = as("w1001").getForObject("/api/proposals/mine?size=20", Map.class);
        List<Map<String, Object>> proposals = (List<Map<String, Object>>) mine.get("items");
        assertThat(proposals).as("w1001's proposals of the demo year").isNotEmpty();

        try (Browser phone = Browser.phone(port).logIn("w1001", password)) {
            phone.open("/proposals/mine");
            List<WebElement> cards = phone.driver().findElements(By.cssSelector("#my-proposals .card-title"));
            assertThat(cards).extracting(WebElement::getText)
                    .isEqualTo(proposals.stream().map(p -> (String) p.get("title")).toList());
            phone.screenshot("my-proposals-phone");

            phone.open("/publicity");
            Map<String, Object> rounds = as("w1001").getForObject("/api/appraisal-rounds", Map.class);
            List<Map<String, Object>> published = ((List<Map<String, Object>>) rounds.get("rounds")).stream()
                    .filter(r -> "FINALISED".equals(r.get("status"))).toList();
            Map<String, Object> latest = as("w1001").getForObject("/api/appraisal-rounds/{id}", Map.class,
                    published.get(0).get("roundId"));
            List<String> ranking = ((List<Map<String, Object>>) latest.get("results")).stream()
                    .map(r -> r.get("rank") + " " + r.get("title")).toList();
            List<String> shown = phone.driver().findElements(By.cssSelector("#ranking tbody tr")).stream()
                    .map(row -> row.findElements(By.tagName("td")))
                    .map(cells -> cells.get(0).getText() + " " + cells.get(1).getText()).toList();
            assertThat(shown).as("the latest finalised round's ranking").isEqualTo(ranking);
            phone.screenshot("publicity-phone");
        }
    }

    @Test
    void theDeclarationFormWarnsOfANearCopyOfLastYears() {
        String earlier = plan().declarations(d -> "ZC1".equals(d.unitId())).get(0).content().title();
        try (Browser phone = Browser.phone(port).logIn("w1001", password)) {
            phone.open("/proposals/new");
            phone.type(By.id("title"), earlier + "（二期）");
            phone.until(d -> phone.find(By.id("duplicates")).isDisplayed()
                    && phone.find(By.id("duplicate-list")).getText().contains(earlier));
            new Select(phone.find(By.id("type"))).selectByValue("INNOVATION");
            new Select(phone.find(By.id("categoryCode"))).selectByIndex(2);
            phone.type(By.id("problem"), "去年的改造只覆盖了一个采区，其余采区仍靠人工巡检。");
            phone.script("window.scrollTo(0, 0)");
            phone.screenshot("declare-phone");
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void theCoordinatorsScreeningFormInTasklistShowsNames() {
        List<Map<String, Object>> pending = as("c1001").getForObject("/api/screenings", List.class);
        assertThat(pending).as("the demo company's proposals waiting for c1001").isNotEmpty();
        // Declared at the start of the app in real time, not on the demo year's clock.
        assertThat(pending).allSatisfy(task -> assertThat(java.time.Instant.parse((String) task.get("created")))
                .isAfter(java.time.Instant.now().minus(java.time.Duration.ofDays(1))));
        try (Browser coordinator = Browser.desktop(port).logIn("c1001", password)) {
            coordinator.open("/camunda/app/tasklist/default/#/?task=" + pending.get(0).get("taskId"));
            WebElement unit = coordinator.visible(By.cssSelector("input[id$='Field_unitName']"));
            assertThat(unit.getAttribute("value")).isEqualTo("综采一队（演示） ZC1");
            coordinator.screenshot("tasklist-screening");
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void aProductionOwnerFindsTheirConversionsAtHome() {
        List<Map<String, Object>> conversions = (List<Map<String, Object>>) as("owner")
                .getForObject("/api/conversions?size=10", Map.class).get("items");
        assertThat(conversions).as("conversions of ZC1 in the demo year").isNotEmpty();
        try (Browser owner = Browser.desktop(port).logIn("owner", password)) {
            List<String> shown = owner.driver().findElements(By.cssSelector("#home-conversions .card-title")).stream()
                    .map(WebElement::getText).toList();
            assertThat(shown).isEqualTo(conversions.stream().map(c -> (String) c.get("title")).toList());
            owner.screenshot("owner-home");
        }
    }

    @Test
    void anOwnerPagesThroughTheYearsResultsFiftyAtATime() {
        int total = catalogueTotal("year={y}");
        assertThat(total).as("awarded results of the demo year: more than one page of 50").isGreaterThan(50);
        int pages = (total + 49) / 50;
        try (Browser owner = Browser.desktop(port).logIn("owner", password)) {
            owner.open("/catalogue?year=" + year());
            assertThat(catalogueRows(owner)).hasSize(20);
            assertThat(owner.text(By.cssSelector(".pager-position"))).isEqualTo("第 1 / " + (total + 19) / 20 + " 页");

            new Select(owner.find(By.cssSelector("select[data-page-size]"))).selectByValue("50");
            owner.until(d -> owner.path().contains("size=50"));
            assertThat(owner.path()).contains("year=" + year()).doesNotContain("page=");
            List<String> first = catalogueRows(owner);
            assertThat(first).hasSize(50);
            assertThat(owner.text(By.cssSelector(".pager-position"))).isEqualTo("第 1 / " + pages + " 页");

            owner.click(By.linkText("下一页"));
            owner.until(d -> owner.path().contains("page=1"));
            assertThat(owner.path()).contains("year=" + year(), "size=50");
            assertThat(catalogueRows(owner)).hasSize(Math.min(50, total - 50)).doesNotContainAnyElementsOf(first);
            assertThat(owner.text(By.cssSelector(".pager-position"))).isEqualTo("第 2 / " + pages + " 页");
            assertThat(new Select(owner.find(By.cssSelector("select[data-page-size]"))).getFirstSelectedOption()
                    .getText()).isEqualTo("50");
        }
    }

    @Test
    void theLeaderNarrowsAYearOfResultsForAPromotionMeeting() {
        int all = catalogueTotal("year={y}");
        int renovations = catalogueTotal("year={y}&text=改造");
        assertThat(all).as("awarded results of the demo year: more than the picker holds").isGreaterThan(100);
        assertThat(renovations).as("results with 改造 in their words").isBetween(1, 100);
        try (Browser leader = Browser.desktop(port).logIn("leader", password)) {
            leader.open("/office/meetings?year=" + year());
            assertThat(leader.driver().findElements(By.cssSelector("#meeting-results input[name=proposalIds]")))
                    .hasSize(100);
            assertThat(leader.text(By.id("results-more")))
                    .isEqualTo("共 " + all + " 项成果，此处列出前 100 项；请用关键词或类别缩小范围。");

            leader.type(By.id("results-text"), "改造");
            leader.click(By.cssSelector("#schedule form.inline button[type=submit]"));
            leader.until(d -> leader.path().contains("text="));
            List<String> offered = leader.driver().findElements(By.cssSelector("#meeting-results input[name=proposalIds]"))
                    .stream().map(box -> box.getAttribute("value")).toList();
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> found = (List<Map<String, Object>>) as("leader")
                    .getForObject("/api/catalogue?size=100&year={y}&text=改造", Map.class, year()).get("items");
            assertThat(offered).hasSize(renovations)
                    .containsExactlyInAnyOrderElementsOf(found.stream().map(r -> (String) r.get("proposalId")).toList());
            assertThat(leader.driver().findElements(By.id("results-more"))).isEmpty();
            assertThat(leader.find(By.id("results-text")).getAttribute("value")).isEqualTo("改造");
        }
    }

    private int catalogueTotal(String query) {
        return ((Number) as("leader").getForObject("/api/catalogue?size=1&" + query, Map.class, year())
                .get("total")).intValue();
    }

    private static List<String> catalogueRows(Browser browser) {
        return browser.driver().findElements(By.cssSelector("#catalogue tbody tr")).stream()
                .map(row -> row.getAttribute("data-proposal-id")).toList();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theUnionOfficeSeesLastYearsPayoutsAndFund() {
        List<Map<String, Object>> batches = (List<Map<String, Object>>) leader()
                .getForObject("/api/payouts/{y}/batches", Map.class, year()).get("items");
        Map<String, Object> claims = leader().getForObject("/api/fund-claims?year={y}", Map.class, year());
        try (Browser leader = Browser.desktop(port).logIn("leader", password)) {
            leader.open("/office/payouts?year=" + year());
            List<String> rows = leader.driver().findElements(By.cssSelector("#payout-batches tbody tr")).stream()
                    .map(row -> row.getAttribute("data-batch-id")).toList();
            assertThat(rows).containsExactlyInAnyOrderElementsOf(batches.stream().map(b -> (String) b.get("batchId"))
                    .toList());
            assertThat(leader.driver().findElements(By.cssSelector("#payout-batches form.pay")))
                    .as("the last round's batch awaits its payment").hasSize(1);
            leader.screenshot("office-payouts");

            leader.open("/office/fund?year=" + year());
            assertThat(leader.driver().findElements(By.cssSelector("#fund-claims tbody tr")))
                    .hasSize(((Number) claims.get("total")).intValue());
            leader.screenshot("office-fund");

            // five a page: the pager keeps the year and the page size
            int total = ((Number) claims.get("total")).intValue();
            leader.open("/office/fund?year=" + year() + "&size=5");
            List<String> seen = new java.util.ArrayList<>(claimIds(leader));
            for (int page = 1; !leader.driver().findElements(By.linkText("下一页")).isEmpty(); page++) {
                String next = "page=" + page;
                leader.click(By.linkText("下一页"));
                leader.until(d -> leader.path().contains(next));
                assertThat(leader.path()).contains("year=" + year(), "size=5");
                seen.addAll(claimIds(leader));
            }
            assertThat(seen).hasSize(total).doesNotHaveDuplicates();
        }
    }

    private static List<String> claimIds(Browser browser) {
        return browser.driver().findElements(By.cssSelector("#fund-claims tbody tr")).stream()
                .map(row -> row.getAttribute("data-claim-id")).toList();
    }
}
