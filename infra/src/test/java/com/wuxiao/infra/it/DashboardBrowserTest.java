package com.wuxiao.infra.it;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The union leader's dashboard in a real browser: every chart is drawn, and what the charts show
 * is what {@code /api/leaderboards} and {@code /api/funnel} answer, for the year and for a quarter.
 */
class DashboardBrowserTest extends IntegrationTestSupport {

    @LocalServerPort
    private int port;

    @Autowired
    private Clock clock;

    @Test
    void theChartsShowTheApisNumbers() {
        // At least one accepted proposal this year, so the boards have rows to compare.
        String proposalId = submit("w1001", proposalBody("液压支架立柱防腐涂层改进"));
        String taskId = (String) awaitTasksVisibleTo("c1001", proposalId).get(0).get("id");
        completeTask("c1001", taskId, Map.of("outcome", "ACCEPT"));
        awaitProposalStatus("w1001", proposalId, "ACCEPTED");
        awaitCaughtUp("leaderboard-projection");
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai")));
        String year = String.valueOf(today.getYear());
        String quarter = year + "-Q" + ((today.getMonthValue() - 1) / 3 + 1);

        try (Browser leader = Browser.desktop(port).logIn("leader", demoPassword())) {
            assertThat(leader.path()).isEqualTo("/dashboard");
            awaitReady(leader, year);
            assertChartsMatchTheApi(leader, year);
            assertThat(leader.script("""
                    return Array.from(document.querySelectorAll('.chart-card')).filter(card => {
                        const link = card.querySelector('a.excel');
                        return link.hidden || !link.getAttribute('href') || link.getAttribute('href') === '#';
                    }).map(card => card.id);""")).as("cards without their Excel download").asList().isEmpty();
            leader.screenshot("dashboard");

            new Select(leader.find(By.id("period"))).selectByValue(quarter);
            awaitReady(leader, quarter);
            assertChartsMatchTheApi(leader, quarter);
            assertThat(leader.path()).endsWith("period=" + quarter);
        }
    }

    private static void awaitReady(Browser browser, String period) {
        browser.until(d -> "true".equals(browser.script("return document.getElementById('dashboard').dataset.ready"))
                && period.equals(browser.script("return document.getElementById('dashboard').dataset.period")));
        assertThat(browser.find(By.id("dashboard-error")).isDisplayed()).as("the dashboard's error line").isFalse();
    }

    @SuppressWarnings("unchecked")
    private void assertChartsMatchTheApi(Browser leader, String period) {
        for (String kind : List.of("individuals", "units")) {
            Map<String, Object> board = as("leader").getForObject(
                    "/api/leaderboards/" + kind + "?size=100&period=" + period, Map.class);
            List<Map<String, Object>> rows = (List<Map<String, Object>>) board.get("rows");
            assertThat(rows).as("%s board of %s", kind, period).isNotEmpty();
            // The bar chart shows the top ten, the first at the top (ECharts draws the last value highest).
            List<Double> top = new ArrayList<>(rows.stream().limit(10)
                    .map(r -> ((Number) r.get("points")).doubleValue()).toList());
            Collections.reverse(top);
            assertThat(seriesValues(leader, kind, 0)).as("%s chart of %s", kind, period).isEqualTo(top);
            assertThat(tableRows(leader, kind)).as("%s table of %s", kind, period).isEqualTo(rows.size());
        }
        // Workers by name and work number, as the directory knows them.
        Map<String, Object> people = as("leader").getForObject("/api/people?q=w1001", Map.class);
        String name = (String) ((List<Map<String, Object>>) people.get("items")).get(0).get("name");
        assertThat(axisLabels(leader, "individuals")).contains(name + " w1001");
        Map<String, Object> categories = as("leader").getForObject(
                "/api/leaderboards/categories?size=100&period=" + period, Map.class);
        assertThat(seriesValues(leader, "categories", 0)).as("category pie of %s", period).isEqualTo(
                ((List<Map<String, Object>>) categories.get("rows")).stream()
                        .map(r -> ((Number) r.get("points")).doubleValue()).toList());

        Map<String, Object> total = (Map<String, Object>) as("leader")
                .getForObject("/api/funnel?period=" + period, Map.class).get("total");
        List<Double> stages = List.of("submitted", "accepted", "awarded", "patentsFiled", "patentsGranted",
                "handedOver", "adopted", "replicated").stream()
                .map(stage -> ((Number) total.get(stage)).doubleValue()).toList();
        assertThat(stages.get(0)).as("proposals submitted in %s", period).isPositive();
        assertThat(seriesValues(leader, "funnel", 0)).as("funnel of %s", period).isEqualTo(stages);
    }

    /** The numbers a chart draws, read from its ECharts instance. */
    @SuppressWarnings("unchecked")
    private static List<Double> seriesValues(Browser browser, String card, int series) {
        List<Object> values = (List<Object>) browser.script("""
                const chart = echarts.getInstanceByDom(document.querySelector('#card-' + arguments[0] + ' .chart'));
                return chart.getOption().series[arguments[1]].data.map(d => typeof d === 'object' ? d.value : d);""",
                card, series);
        return values.stream().map(v -> ((Number) v).doubleValue()).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<String> axisLabels(Browser browser, String card) {
        return (List<String>) browser.script("""
                const chart = echarts.getInstanceByDom(document.querySelector('#card-' + arguments[0] + ' .chart'));
                return chart.getOption().yAxis[0].data;""", card);
    }

    private static int tableRows(Browser browser, String card) {
        return ((Number) browser.script("return document.querySelectorAll('#card-' + arguments[0] + ' tbody tr').length",
                card)).intValue();
    }
}
