package com.wuxiao.infra.it;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
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
            DashboardCharts dashboard = new DashboardCharts(leader, as("leader"));
            dashboard.awaitReady(year);
            dashboard.assertMatchTheApi(year);
            dashboard.assertEveryCardHasItsExcel();

            new Select(leader.find(By.id("period"))).selectByValue(quarter);
            dashboard.awaitReady(quarter);
            dashboard.assertMatchTheApi(quarter);
            assertThat(leader.path()).endsWith("period=" + quarter);
        }
    }

}
