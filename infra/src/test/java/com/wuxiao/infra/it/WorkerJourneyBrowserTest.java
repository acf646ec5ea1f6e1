package com.wuxiao.infra.it;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A worker's proposal from the phone to acceptance, in a real browser: the declaration form (two
 * co-authors found by search, shares summed live, a PDF, the duplicate warning for a near copy),
 * "my proposals", the coordinator's return in Tasklist, the comment in the inbox, the revision and
 * the acceptance in Tasklist.
 */
class WorkerJourneyBrowserTest extends IntegrationTestSupport {

    private static final String EARLIER_TITLE = "带式输送机托辊温度在线监测装置";
    private static final String TITLE = "带式输送机托辊温度在线监测系统";
    private static final String COMMENT = "请补充现场试用的温度曲线";

    @LocalServerPort
    private int port;

    @Test
    void aWorkerDeclaresOnThePhoneAndRevisesWhatTheCoordinatorReturns() throws Exception {
        // The earlier proposal the near copy is to be warned of.
        String earlier = submit("w1002", proposalBody(EARLIER_TITLE));
        awaitProposalStatus("w1002", earlier, "SUBMITTED");
        Path pdf = Files.createTempDirectory("wuxiao-browser").resolve("托辊监测图纸.pdf");
        Files.write(pdf, Uploads.PDF);

        String proposalId;
        try (Browser phone = Browser.phone(port).logIn("w1001", demoPassword())) {
            assertThat(phone.text(By.cssSelector("main h2"))).isEqualTo("我的申报");
            phone.clickable(By.cssSelector("a[href='/proposals/new']")).click();
            phone.type(By.id("title"), TITLE);
            WebElement duplicates = phone.visible(By.id("duplicates"));
            phone.until(d -> duplicates.getText().contains(EARLIER_TITLE));

            new Select(phone.find(By.id("type"))).selectByValue("INNOVATION");
            new Select(phone.find(By.id("categoryCode"))).selectByIndex(1);
            addCoAuthor(phone, "w1002");
            addCoAuthor(phone, "w3001");
            List<WebElement> shares = phone.driver().findElements(By.cssSelector("#author-list .share"));
            assertThat(shares).hasSize(3);
            shares.get(0).clear();
            shares.get(0).sendKeys("50");
            shares.get(1).sendKeys("30");
            assertThat(phone.find(By.id("share-sum")).getAttribute("class")).as("80 %% is not yet 100 %%").contains("bad");
            shares.get(2).sendKeys("20");
            phone.until(d -> !phone.find(By.id("share-sum")).getAttribute("class").contains("bad"));

            phone.type(By.id("problem"), "托辊轴承过热后才被发现，已两次引起皮带划伤。");
            phone.type(By.id("solution"), "在托辊架上加装无线测温探头，超过 70 ℃ 时在集控室报警。");
            phone.type(By.id("expectedEconomicBenefit"), "86000");
            phone.find(By.id("attachment")).sendKeys(pdf.toAbsolutePath().toString());
            phone.until(ExpectedConditions.textToBePresentInElementLocated(By.id("attachment-list"), "托辊监测图纸.pdf"));

            phone.clickable(By.id("submit")).click();
            phone.until(d -> phone.path().contains("?declared"));
            proposalId = phone.path().replaceAll("^/proposals/([^?]+)\\?declared$", "$1");
            assertThat(phone.text(By.id("proposal-title"))).isEqualTo(TITLE);

            phone.open("/proposals/mine");
            phone.until(ExpectedConditions.textToBePresentInElementLocated(By.id("my-proposals"), TITLE));
        }
        Map<String, Object> declared = awaitProposalStatus("w1001", proposalId, "SUBMITTED");
        assertThat(declared.get("authors").toString()).contains("w1002", "w3001");
        assertThat(declared.get("attachments").toString()).contains("托辊监测图纸.pdf");

        try (Browser coordinator = Browser.desktop(port).logIn("c1001", demoPassword())) {
            screenInTasklist(coordinator, proposalId, "RETURN", COMMENT);
        }
        awaitProposalStatus("w1001", proposalId, "RETURNED");

        try (Browser phone = Browser.phone(port).logIn("w1001", demoPassword())) {
            phone.open("/inbox");
            phone.until(ExpectedConditions.textToBePresentInElementLocated(By.id("inbox"), COMMENT));
            phone.clickable(By.xpath("//ul[@id='inbox']//a[contains(., '" + COMMENT + "')]")).click();
            assertThat(phone.text(By.id("coordinator-comment"))).isEqualTo(COMMENT);
            phone.clickable(By.id("revise")).click();
            phone.type(By.id("solution"), "在托辊架上加装无线测温探头，超过 70 ℃ 时在集控室报警；附试用两周的温度曲线。");
            phone.clickable(By.id("submit")).click();
            phone.until(d -> phone.path().contains("?revised"));
        }
        awaitProposalStatus("w1001", proposalId, "SUBMITTED");

        try (Browser coordinator = Browser.desktop(port).logIn("c1001", demoPassword())) {
            screenInTasklist(coordinator, proposalId, "ACCEPT", "同意受理");
        }
        awaitProposalStatus("w1001", proposalId, "ACCEPTED");
        try (Browser phone = Browser.phone(port).logIn("w1001", demoPassword())) {
            phone.open("/proposals/" + proposalId);
            assertThat(phone.text(By.id("proposal-status"))).isEqualTo("初审通过");
            assertThat(phone.text(By.id("timeline"))).contains("退回修改", COMMENT);
        }
    }

    private static void addCoAuthor(Browser phone, String workerId) {
        phone.type(By.id("author-search"), workerId);
        phone.clickable(By.cssSelector("#author-results button[data-worker-id='" + workerId + "']")).click();
        phone.find(By.cssSelector("#author-list [data-worker-id='" + workerId + "']"));
    }

    /** Opens the proposal's screening task in Tasklist, claims it, decides and completes it. */
    private void screenInTasklist(Browser coordinator, String proposalId, String outcome, String comment) {
        String taskId = (String) awaitTasksVisibleTo("c1001", proposalId).get(0).get("id");
        coordinator.open("/camunda/app/tasklist/default/#/?task=" + taskId);
        coordinator.click(By.cssSelector("button.claim"));
        int option = "ACCEPT".equals(outcome) ? 0 : 1;
        // The form is long and Tasklist's footer covers the bottom of its pane: choose by keyboard.
        coordinator.clickable(By.cssSelector("input[id$='Field_outcome-" + option + "']")).sendKeys(Keys.SPACE);
        coordinator.type(By.cssSelector("textarea[id$='Field_comment']"), comment);
        coordinator.clickable(By.cssSelector("button[ng-click='complete()']")).sendKeys(Keys.ENTER);
        coordinator.until(d -> tasksVisibleTo("c1001", proposalId).stream().noneMatch(t -> taskId.equals(t.get("id"))));
    }
}
