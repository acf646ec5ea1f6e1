package com.wuxiao.infra.it;

import org.openqa.selenium.By;
import org.springframework.boot.test.web.client.TestRestTemplate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The union leader's dashboard as a browser shows it, checked against the API: what each ECharts
 * instance draws and each table lists is what {@code /api/leaderboards} and {@code /api/funnel} answer.
 */
public final class DashboardCharts {

    private final Browser browser;
    private final TestRestTemplate api;

    /** @param api a client logged in as the union leader */
    public DashboardCharts(Browser browser, TestRestTemplate api) {
        this.browser = browser;
        this.api = api;
    }

    /** Every card offers its Excel file. */
    public void assertEveryCardHasItsExcel() {
        assertThat(browser.script("""
                return Array.from(document.querySelectorAll('.chart-card')).filter(card => {
                    const link = card.querySelector('a.excel');
                    return link.hidden || !link.getAttribute('href') || link.getAttribute('href') === '#';
                }).map(card => card.id);""")).as("cards without their Excel download").asList().isEmpty();
    }

    /** Waits until every card has drawn the period, and no card failed. */
    public void awaitReady(String period) {
        awaitReady(period, "");
    }

    /** Waits until every card has drawn the period as of the day picked ("" for now), and no card failed. */
    public void awaitReady(String period, String day) {
        browser.until(d -> "true".equals(browser.script("return document.getElementById('dashboard').dataset.ready"))
                && period.equals(browser.script("return document.getElementById('dashboard').dataset.period"))
                && day.equals(browser.script("return document.getElementById('dashboard').dataset.asOf")));
        assertThat(browser.find(By.id("dashboard-error")).isDisplayed()).as("the dashboard's error line").isFalse();
    }

    /** The charts and tables show what the leaderboard and funnel APIs answer for the period. */
    public void assertMatchTheApi(String period) {
        assertMatchTheApi(period, "");
    }

    /** The same as of the end of a day (时间回溯), "" for now: the API's {@code asOf} answers. */
    @SuppressWarnings("unchecked")
    public void assertMatchTheApi(String period, String day) {
        String asOf = day.isEmpty() ? "" : "&asOf=" + day;
        for (String kind : List.of("individuals", "units")) {
            Map<String, Object> board = api.getForObject(
                    "/api/leaderboards/" + kind + "?size=100&period=" + period + asOf, Map.class);
            List<Map<String, Object>> rows = (List<Map<String, Object>>) board.get("rows");
            assertThat(rows).as("%s board of %s", kind, period).isNotEmpty();
            // The bar chart shows the top ten, the first at the top (ECharts draws the last value highest).
            List<Double> top = new ArrayList<>(rows.stream().limit(10)
                    .map(r -> ((Number) r.get("points")).doubleValue()).toList());
            Collections.reverse(top);
            assertThat(seriesValues(kind, 0)).as("%s chart of %s", kind, period).isEqualTo(top);
            assertThat(tableRows(kind)).as("%s table of %s", kind, period).isEqualTo(rows.size());
        }
        // Workers by name and work number, as the directory knows them: the leader is drawn last (at the top).
        Map<String, Object> board = api.getForObject("/api/leaderboards/individuals?size=1&period=" + period + asOf,
                Map.class);
        String leader = (String) ((List<Map<String, Object>>) board.get("rows")).get(0).get("key");
        Map<String, Object> people = api.getForObject("/api/people?q=" + leader, Map.class);
        String name = ((List<Map<String, Object>>) people.get("items")).stream()
                .filter(p -> leader.equals(p.get("userId"))).map(p -> (String) p.get("name")).findFirst().orElseThrow();
        List<String> labels = axisLabels("individuals");
        assertThat(labels.get(labels.size() - 1)).isEqualTo(name + " " + leader);
        Map<String, Object> categories = api.getForObject(
                "/api/leaderboards/categories?size=100&period=" + period + asOf, Map.class);
        assertThat(seriesValues("categories", 0)).as("category pie of %s", period).isEqualTo(
                ((List<Map<String, Object>>) categories.get("rows")).stream()
                        .map(r -> ((Number) r.get("points")).doubleValue()).toList());

        Map<String, Object> total = (Map<String, Object>) api
                .getForObject("/api/funnel?period=" + period + asOf, Map.class).get("total");
        List<Double> stages = List.of("submitted", "accepted", "awarded", "patentsFiled", "patentsGranted",
                "handedOver", "adopted", "replicated").stream()
                .map(stage -> ((Number) total.get(stage)).doubleValue()).toList();
        assertThat(stages.get(0)).as("proposals submitted in %s", period).isPositive();
        assertThat(seriesValues("funnel", 0)).as("funnel of %s", period).isEqualTo(stages);
    }

    /** The numbers a chart draws, read from its ECharts instance. */
    @SuppressWarnings("unchecked")
    public List<Double> seriesValues(String card, int series) {
        List<Object> values = (List<Object>) browser.script("""
                const chart = echarts.getInstanceByDom(document.querySelector('#card-' + arguments[0] + ' .chart'));
                return chart.getOption().series[arguments[1]].data.map(d => typeof d === 'object' ? d.value : d);""",
                card, series);
        return values.stream().map(v -> ((Number) v).doubleValue()).toList();
    }

    @SuppressWarnings("unchecked")
    private List<String> axisLabels( String card) {
        return (List<String>) browser.script("""
                const chart = echarts.getInstanceByDom(document.querySelector('#card-' + arguments[0] + ' .chart'));
                return chart.getOption().yAxis[0].data;""", card);
    }

    private int tableRows( String card) {
        return ((Number) browser.script("return document.querySelectorAll('#card-' + arguments[0] + ' tbody tr').length",
                card)).intValue();
    }
}
