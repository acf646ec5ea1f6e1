package com.wuxiao.infra.it;

import com.wuxiao.command.competition.api.Grade;
import com.wuxiao.command.proposal.api.RecordAppraisalResultCommand;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The pull side and the fund in a real browser: a production owner searches the results catalogue
 * and finds an awarded result by its words and filters; a worker on a phone-sized screen finds an
 * open need, answers it with a declaration, and the need lists the answer; the union leader's
 * dashboard shows the year's fund as the API does and as the budget minus the approved claims.
 */
class CatalogueBrowserTest extends IntegrationTestSupport {

    @LocalServerPort
    private int port;

    @Autowired
    private Clock clock;

    @Autowired
    private CommandGateway commandGateway;

    @Test
    void anOwnerFindsAResultInTheCatalogue() throws Exception {
        String mark = "纠偏" + UUID.randomUUID().toString().substring(0, 6);
        String proposalId = submit("w1001", proposalBody("皮带机" + mark + "装置"));
        String task = (String) awaitTasksVisibleTo("c1001", proposalId).get(0).get("id");
        completeTask("c1001", task, Map.of("outcome", "ACCEPT"));
        awaitProposalStatus("w1001", proposalId, "ACCEPTED");
        // The outcome the appraisal-outcome policy sends when a round is finalised (as the authorization
        // matrix does): a whole round would only make this test slower; the aggregate is the real one.
        commandGateway.sendAndWait(new RecordAppraisalResultCommand(proposalId, year() + "-Q4", Grade.SECOND,
                new BigDecimal("82.00"), 1, clock.instant()));
        awaitProposalStatus("w1001", proposalId, "AWARDED");

        try (Browser owner = Browser.desktop(port).logIn("owner2", demoPassword())) {
            owner.open("/catalogue");
            owner.type(By.name("text"), mark);
            owner.clickable(By.cssSelector("#catalogue-search button[type=submit]")).click();
            // The unfiltered first page may already list this result (it is the newest): wait for the
            // search's page before reading the row, or the row read may be the one being replaced.
            owner.until(d -> d.getCurrentUrl().contains("text="));
            WebElement row = owner.visible(By.cssSelector("#catalogue tr[data-proposal-id='" + proposalId + "']"));
            assertThat(row.getText()).contains(mark, "二等奖", "小革新");
            assertThat(owner.text(By.id("catalogue-total"))).isEqualTo("共 1 项成果");
            owner.screenshot("catalogue");
            // the Excel of the same search: the one result, named as the page names it
            URI excel = URI.create(owner.find(By.id("catalogue-excel")).getAttribute("href"));
            try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(
                    as("owner2").getForObject(excel, byte[].class)))) {
                Sheet sheet = book.getSheet("成果库");
                assertThat(sheet.getLastRowNum()).as("a header and the one result").isEqualTo(1);
                Row found = sheet.getRow(1);
                assertThat(found.getCell(0).getStringCellValue()).isEqualTo(proposalId);
                assertThat(found.getCell(1).getStringCellValue()).contains(mark);
                assertThat(found.getCell(2).getStringCellValue()).isEqualTo("小革新");
                assertThat(found.getCell(7).getStringCellValue()).isEqualTo("二等奖");
                assertThat(found.getCell(8).getNumericCellValue()).isEqualTo(82.00);
                assertThat(row.getText()).contains(found.getCell(3).getStringCellValue(),
                        found.getCell(4).getStringCellValue());
            }

            new Select(owner.find(By.name("type"))).selectByValue("DESIGN");
            owner.clickable(By.cssSelector("#catalogue-search button[type=submit]")).click();
            owner.until(ExpectedConditions.textToBe(By.id("catalogue-total"), "共 0 项成果"));

            owner.open("/catalogue/" + proposalId);
            owner.type(By.id("request-note"), "二号皮带巷也有此问题");
            owner.clickable(By.cssSelector("#request-form button[type=submit]")).click();
            // the page comes back with the unit's request, pending, and no form to ask twice
            owner.until(ExpectedConditions.textToBePresentInElementLocated(By.id("my-requests"), "待处理"));
            assertThat(owner.text(By.id("my-requests"))).contains("二号皮带巷也有此问题");
            assertThat(owner.text(By.id("request-pending"))).isEqualTo("已提交申请，等待工会办公室处理。");
            assertThat(owner.driver().findElements(By.id("request-form"))).isEmpty();
        }
        Map<?, ?> requests = await().atMost(Duration.ofSeconds(20)).until(
                () -> as("owner2").getForObject("/api/result-requests?proposalId={p}", Map.class, proposalId),
                page -> ((Number) page.get("total")).intValue() == 1);
        assertThat(requests.toString()).contains("REQ-" + proposalId + "-JJ2", "PENDING");
        // the union office's Excel of the requests has it as the office page shows it; another unit's
        // owner's has none of it
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(as("leader").getForObject(
                "/api/result-requests.xlsx?proposalId={p}", byte[].class, proposalId)))) {
            Sheet sheet = book.getSheet("成果申请");
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
            Row request = sheet.getRow(1);
            assertThat(request.getCell(0).getStringCellValue()).isEqualTo("REQ-" + proposalId + "-JJ2");
            assertThat(request.getCell(5).getStringCellValue()).isEqualTo("二号皮带巷也有此问题");
            assertThat(request.getCell(6).getStringCellValue()).isEqualTo("待处理");
            assertThat(request.getCell(3).getStringCellValue()).isNotBlank().isNotEqualTo("JJ2");
        }
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(as("owner").getForObject(
                "/api/result-requests.xlsx?proposalId={p}", byte[].class, proposalId)))) {
            assertThat(book.getSheet("成果申请").getLastRowNum()).as("ZC1's owner sees JJ2's request not").isZero();
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void aWorkerAnswersANeedFromAPhone() {
        String title = "主运皮带跑偏 " + UUID.randomUUID().toString().substring(0, 4);
        String needId;
        try (Browser owner = Browser.desktop(port).logIn("owner2", demoPassword())) {
            owner.open("/needs");
            owner.clickable(By.id("publish-need")).click();
            owner.clickable(By.id("need-submit")).click();
            assertThat(owner.text(By.cssSelector("#need-form .form-error"))).as("the API's own messages, in Chinese")
                    .contains("标题不能为空").doesNotContain("title is required");
            owner.type(By.id("need-title"), title);
            new Select(owner.find(By.id("need-category"))).selectByValue("JDYS");
            owner.type(By.id("need-problem"), "主运皮带机每班需人工调整三次。");
            owner.type(By.id("need-reward"), "解决者另奖 2000 元");
            assertThat(owner.find(By.id("need-unit")).isEnabled()).as("an owner publishes for their own unit").isFalse();
            owner.clickable(By.id("need-submit")).click();
            owner.until(d -> owner.path().startsWith("/needs/NEED-"));
            needId = owner.path().substring("/needs/".length());
            assertThat(owner.text(By.cssSelector("main h1"))).isEqualTo(title);
        }
        Map<String, Object> published = as("w1001").getForObject("/api/needs/{id}", Map.class, needId);
        assertThat((Map<String, Object>) published.get("need")).containsEntry("unitId", "JJ2")
                .containsEntry("rewardNote", "解决者另奖 2000 元");

        String proposalId;
        try (Browser phone = Browser.phone(port).logIn("w1001", demoPassword())) {
            phone.open("/needs");
            phone.clickable(By.cssSelector("#needs li[data-need-id='" + needId + "'] a")).click();
            phone.until(d -> phone.path().equals("/needs/" + needId));
            assertThat(phone.text(By.cssSelector("main h1"))).isEqualTo(title);
            phone.screenshot("need-phone");
            phone.clickable(By.id("answer-need")).click();
            phone.until(d -> phone.path().startsWith("/proposals/new"));
            assertThat(phone.text(By.id("answering-need"))).contains(title);

            phone.type(By.id("title"), "皮带机自动纠偏装置 " + UUID.randomUUID().toString().substring(0, 4));
            new Select(phone.find(By.id("type"))).selectByValue("INNOVATION");
            new Select(phone.find(By.id("categoryCode"))).selectByValue("JDYS");
            phone.type(By.id("problem"), "主运皮带机跑偏，每班人工调整三次。");
            phone.type(By.id("solution"), "加装立辊与跑偏开关联动的自动纠偏装置。");
            phone.clickable(By.id("submit")).click();
            phone.until(d -> phone.path().contains("?declared"));
            proposalId = phone.path().replaceAll("^/proposals/([^?]+)\\?declared$", "$1");

            phone.open("/needs/" + needId);
            phone.until(d -> {
                d.navigate().refresh();
                return d.findElement(By.id("answers")).getText().contains("已申报");
            });
        }
        Map<String, Object> need = as("owner2").getForObject("/api/needs/{id}", Map.class, needId);
        assertThat((List<Map<String, Object>>) need.get("answers")).extracting(a -> a.get("proposalId"))
                .containsExactly(proposalId);

        try (Browser owner = Browser.desktop(port).logIn("owner2", demoPassword())) {
            owner.open("/needs/" + needId);
            owner.clickable(By.id("close-solved")).click();
            owner.type(By.id("close-note"), "已由职工申报解决");
            owner.clickable(By.cssSelector("#close-need button[type=submit]")).click();
            owner.until(d -> {
                d.navigate().refresh();
                return d.findElements(By.id("close-need")).isEmpty();
            });
        }
        assertThat((Map<String, Object>) as("w1001").getForObject("/api/needs/{id}", Map.class, needId).get("need"))
                .containsEntry("closed", true).containsEntry("solved", true);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theDashboardShowsTheYearsFund() {
        int year = year();
        ResponseEntity<String> budget = as("leader").exchange("/api/fund-budgets/{y}", HttpMethod.PUT,
                new HttpEntity<>(Map.of("budget", "20000.00")), String.class, year);
        assertThat(budget.getStatusCode().value()).as(budget.getBody()).isEqualTo(204);
        String proposalId = submit("w1001", proposalBody("液压支架快速移架装置 " + UUID.randomUUID().toString().substring(0, 4)));
        String task = (String) awaitTasksVisibleTo("c1001", proposalId).get(0).get("id");
        completeTask("c1001", task, Map.of("outcome", "ACCEPT"));
        awaitProposalStatus("w1001", proposalId, "ACCEPTED");
        ResponseEntity<Map> claim = as("w1001").postForEntity("/api/fund-claims", Uploads.claimForm(proposalId,
                "1500.00", true), Map.class);
        assertThat(claim.getStatusCode().value()).as(String.valueOf(claim.getBody())).isEqualTo(201);
        String claimId = (String) claim.getBody().get("claimId");
        List<Map<String, Object>> tasks = await().atMost(Duration.ofSeconds(20)).until(() -> as("leader").getForObject(
                "/engine-rest/task?processInstanceBusinessKey={k}", List.class, claimId), t -> t.size() == 1);
        assertThat(completeTask("leader", (String) tasks.get(0).get("id"), Map.of("decision", "APPROVE"))
                .getStatusCode().value()).isEqualTo(204);
        Map<String, Object> fund = await().atMost(Duration.ofSeconds(20)).until(
                () -> as("leader").getForObject("/api/fund/{y}", Map.class, year),
                f -> ((Number) f.get("approvedClaims")).intValue() >= 1);
        long remaining = ((Number) fund.get("budgetFen")).longValue() - ((Number) fund.get("bookedFen")).longValue();
        assertThat(((Number) fund.get("remainingFen")).longValue()).isEqualTo(remaining);

        try (Browser leader = Browser.desktop(port).logIn("leader", demoPassword())) {
            leader.open("/dashboard?period=" + year);
            leader.until(d -> "true".equals(leader.find(By.id("dashboard")).getAttribute("data-ready")));
            WebElement card = leader.find(By.id("card-fund"));
            leader.script("arguments[0].querySelector('details').open = true", card);
            String table = card.findElement(By.cssSelector("table.data")).getText();
            assertThat(table).contains("年度预算 " + yuan(((Number) fund.get("budgetFen")).longValue()),
                    "已核销 " + yuan(((Number) fund.get("bookedFen")).longValue()),
                    "剩余额度 " + yuan(remaining), "综采一队");
            assertThat(card.findElement(By.cssSelector("a.excel")).getAttribute("href")).endsWith("/api/fund/" + year
                    + ".xlsx");
            leader.script("arguments[0].scrollIntoView()", card);
            leader.screenshot("dashboard-fund");
        }
    }

    @Test
    void aWorkerReadsTheirGrowthRecordOnAPhone() {
        String proposalId = submit("w1001", proposalBody("刮板机链条张紧 " + UUID.randomUUID().toString().substring(0, 4)));
        awaitProposalStatus("w1001", proposalId, "SUBMITTED");
        try (Browser phone = Browser.phone(port).logIn("w1001", demoPassword())) {
            phone.open("/record");
            WebElement years = phone.visible(By.id("record-years"));
            assertThat(years.getText()).contains(String.valueOf(year()));
            phone.until(ExpectedConditions.textToBePresentInElementLocated(By.id("record-proposals"), "刮板机链条张紧"));
            assertThat(phone.find(By.id("record-pdf")).getAttribute("href")).endsWith("/api/workers/w1001/record.pdf");
            assertThat(phone.text(By.id("rewards-total"))).startsWith("待发放");
        }
        assertThat(Pdfs.text(as("w1001").getForEntity("/api/workers/w1001/record.pdf", byte[].class).getBody()))
                .contains("职工创新成长档案", "刮板机链条张紧");
    }

    private int year() {
        return LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai"))).getYear();
    }

    private static String yuan(long fen) {
        return BigDecimal.valueOf(fen, 2).toPlainString();
    }
}
