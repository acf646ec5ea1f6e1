package com.wuxiao.infra.it;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The union office's pages in a real browser, and the two pages of other roles that feed them: a
 * request accepted with its trial plan (the handover starts) and one declined; a promotion meeting
 * scheduled and its interest recorded (a request follows); the adopter's feedback given from the
 * owner's home; a round's rewards batched, approved and paid; 金牌工匠 conferred and the year's
 * certificates printed; a worker's fund claim with two costs and a receipt from a phone, seen by the
 * union office. Each step is checked against the REST API, amounts against product.md's rules.
 */
class UnionOfficeBrowserTest extends AppraisalTestSupport {

    /** product.md's default reward amounts, in fen. */
    private static final Map<String, Long> REWARD = Map.of("FIRST", 500_000L, "SECOND", 300_000L,
            "THIRD", 100_000L, "MERIT", 30_000L);

    @LocalServerPort
    private int port;

    @Test
    @SuppressWarnings("unchecked")
    void theOfficeDecidesRequestsRunsAMeetingAndTheAdopterGivesFeedback() {
        int year = 2013;
        Awarded awarded = awardTwo(year);
        String handedOver = awarded.team();
        String declined = awarded.single();
        clock.travelTo(shanghai(year, 4, 10, 9));
        String accept = request("owner2", handedOver);
        String decline = request("owner3", declined);

        try (Browser leader = Browser.desktop(port).logIn("leader", demoPassword())) {
            leader.open("/office/requests?status=PENDING");
            String row = "#requests tr[data-request-id='" + accept + "']";
            assertThat(leader.find(By.cssSelector(row + " input[name=trialStart]")).getAttribute("value"))
                    .as("a week from today by default").isEqualTo("2013-04-17");
            leader.click(By.cssSelector(row + " form.accept button[type=submit]"));
            leader.until(d -> leader.path().startsWith("/office/requests")
                    && d.findElements(By.cssSelector(row)).isEmpty());

            String other = "#requests tr[data-request-id='" + decline + "']";
            leader.click(By.cssSelector(other + " form.decline button[type=submit]"));
            assertThat(leader.text(By.cssSelector(other + " form.decline .form-error")))
                    .as("a decline needs its reason").contains("不受理原因不能为空");
            leader.type(By.cssSelector(other + " input[name=reason]"), "本单位暂无同类设备");
            leader.click(By.cssSelector(other + " form.decline button[type=submit]"));
            leader.until(d -> d.findElements(By.cssSelector(other)).isEmpty());
            leader.open("/office/requests");
            assertThat(leader.text(By.cssSelector(other))).contains("不受理", "本单位暂无同类设备");
        }
        String conversionId = "CONV-" + handedOver + "-JJ2";
        assertThat(requestRow(accept)).containsEntry("status", "ACCEPTED").containsEntry("conversionId", conversionId);
        assertThat(requestRow(decline)).containsEntry("status", "DECLINED")
                .containsEntry("declineReason", "本单位暂无同类设备");

        // --- a promotion meeting, the same day: results of the year, two owners invited ------------
        String meetingId;
        try (Browser leader = Browser.desktop(port).logIn("leader", demoPassword())) {
            leader.open("/office/meetings?year=" + year);
            leader.type(By.id("meeting-title"), "2013 年一季度成果推介会");
            leader.type(By.id("meeting-place"), "机关三楼会议室");
            leader.click(By.cssSelector("#meeting-results input[value='" + handedOver + "']"));
            leader.click(By.cssSelector("#meeting-results input[value='" + declined + "']"));
            leader.click(By.cssSelector("#meeting-owners input[value='owner3']"));
            leader.click(By.cssSelector("#meeting-owners input[value='owner4']"));
            leader.click(By.id("meeting-submit"));
            leader.until(d -> leader.path().contains("scheduled="));
            meetingId = leader.path().replaceAll(".*scheduled=([^&#]+).*", "$1");
            String section = "section[id='" + meetingId + "']";
            leader.click(By.cssSelector(section + " input[value='owner4|" + handedOver + "']"));
            leader.screenshot("office-meeting");
            leader.click(By.cssSelector(section + " form.interest button[type=submit]"));
            leader.until(d -> !d.findElements(By.cssSelector(section + " .interests li")).isEmpty());
            assertThat(leader.text(By.cssSelector(section + " .interests"))).contains("韩", "有意向引进");
        }
        Map<String, Object> meeting = as("leader").getForObject("/api/promotion-meetings/{id}", Map.class, meetingId);
        assertThat((List<String>) meeting.get("invitedOwnerIds")).containsExactlyInAnyOrder("owner3", "owner4");
        assertThat((List<Map<String, Object>>) meeting.get("interests")).singleElement()
                .satisfies(i -> assertThat(i).containsEntry("ownerId", "owner4").containsEntry("proposalId", handedOver));
        Map<String, Object> fromMeeting = requestRow("REQ-" + handedOver + "-TFQ");
        assertThat(fromMeeting).as("the interest became a request").isNotNull()
                .containsEntry("status", "PENDING").containsEntry("meetingId", meetingId);

        // --- the handed-over result is tried and adopted; the adopter's feedback from their home ------
        clock.travelTo(shanghai(year, 4, 17, 9));
        conversionTask("owner2", conversionId, "startTrial", Map.of("trialStartedOn", "2013-04-17"));
        clock.travelTo(shanghai(year, 7, 10, 9));
        conversionTask("owner2", conversionId, "endTrial", Map.of("trialEndedOn", "2013-07-10", "trialSummary", "试用正常"));
        clock.travelTo(shanghai(year, 7, 15, 9));
        conversionTask("owner2", conversionId, "decideAdoption", Map.of("decision", "ADOPT"));
        awaitConversion(conversionId, "ADOPTED");
        try (Browser owner = Browser.phone(port).logIn("owner2", demoPassword())) {
            owner.open("/");
            String form = "form[data-api='/api/conversions/" + conversionId + "/feedback']";
            owner.script("document.querySelector(arguments[0]).closest('details').open = true", form);
            owner.type(By.cssSelector(form + " textarea[name=worked]"), "更换时间由 4 小时缩短到 1 小时");
            owner.type(By.cssSelector(form + " textarea[name=changed]"), "工装底座加宽以适应两种立柱");
            owner.click(By.cssSelector(form + " button[type=submit]"));
            owner.until(d -> owner.path().equals("/catalogue/" + handedOver));
            owner.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "更换时间由 4 小时缩短到 1 小时"));
        }
        Map<String, Object> result = as("leader").getForObject("/api/catalogue/{id}", Map.class, handedOver);
        assertThat((List<Map<String, Object>>) result.get("feedback")).singleElement()
                .satisfies(f -> assertThat(f).containsEntry("givenBy", "owner2")
                        .containsEntry("worked", "更换时间由 4 小时缩短到 1 小时")
                        .containsEntry("changed", "工装底座加宽以适应两种立柱"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theOfficePaysARoundAndPrintsItsCertificates() throws Exception {
        int year = 2012;
        String round = year + "-Q1";
        Awarded awarded = awardTwo(year);
        // what each worker is due, from product.md's rules, not from the code
        Map<String, String> grades = WrittenRules.grades(Map.of(awarded.team(), new BigDecimal("88.00"),
                awarded.single(), new BigDecimal("72.00")));
        Map<String, Integer> teamShares = new LinkedHashMap<>();
        teamShares.put("w1001", 60);
        teamShares.put("w1002", 40);
        Map<String, Long> due = new TreeMap<>(WrittenRules.splitMoney(REWARD.get(grades.get(awarded.team())), teamShares));
        due.put("w2001", REWARD.get(grades.get(awarded.single())));
        long total = due.values().stream().mapToLong(Long::longValue).sum();
        await().atMost(Duration.ofSeconds(20)).until(() -> ((Number) as("leader").getForObject(
                "/api/payouts/{y}/items?roundId={r}", Map.class, year, round).get("total")).intValue() == 3);
        clock.travelTo(shanghai(year, 4, 20, 9));

        String batchId;
        try (Browser leader = Browser.desktop(port).logIn("leader", demoPassword())) {
            leader.open("/office/payouts?year=" + year);
            assertThat(leader.text(By.tagName("h1"))).isEqualTo("2012 年奖金发放");
            String dueRow = "#payouts-due tr[data-round-id='" + round + "']";
            assertThat(leader.driver().findElements(By.cssSelector(dueRow + " td"))).extracting(e -> e.getText())
                    .startsWith(round, "3", yuan(total));
            leader.click(By.cssSelector(dueRow + " button[type=submit]"));
            leader.until(d -> !d.findElements(By.cssSelector("#payout-batches tr[data-batch-id]")).isEmpty());
            assertThat(leader.text(By.cssSelector("main"))).contains("没有待发放的奖金");
            String batch = "#payout-batches tr[data-batch-id]";
            batchId = leader.find(By.cssSelector(batch)).getAttribute("data-batch-id");
            assertThat(leader.text(By.cssSelector(batch))).contains("待审批", "3", yuan(total));

            leader.click(By.cssSelector(batch + " form.approve button[type=submit]"));
            leader.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(batch), "已审批"));
            leader.click(By.cssSelector(batch + " form.pay button[type=submit]"));
            assertThat(leader.text(By.cssSelector(batch + " form.pay .form-error"))).contains("付款凭证号不能为空");
            leader.type(By.cssSelector(batch + " input[name=paymentReference]"), "YH-2012-0420");
            leader.click(By.cssSelector(batch + " form.pay button[type=submit]"));
            leader.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(batch), "已发放"));
            assertThat(leader.text(By.cssSelector(batch))).contains("YH-2012-0420 · 2012-04-20");
            assertThat(leader.find(By.cssSelector(batch + " a.excel")).getAttribute("href"))
                    .endsWith("/api/payouts/" + year + "/batches/" + batchId + ".xlsx");
        }
        Map<String, Object> batch = (Map<String, Object>) as("leader").getForObject("/api/payouts/{y}/batches/{b}",
                Map.class, year, batchId).get("batch");
        assertThat(batch).containsEntry("status", "PAID").containsEntry("paymentReference", "YH-2012-0420")
                .containsEntry("paidOn", "2012-04-20");
        assertThat(((Number) batch.get("totalFen")).longValue()).isEqualTo(total);

        // --- 金牌工匠 and the year's certificates ----------------------------------------------------
        String citation = "扎根综采一线二十年，主持革新十二项。";
        try (Browser leader = Browser.desktop(port).logIn("leader", demoPassword())) {
            leader.open("/office/honours?year=" + year);
            int before = leader.driver().findElements(By.cssSelector("#certificates tbody tr")).size();
            assertThat(before).as("an award certificate per author: three").isEqualTo(3);
            leader.script("document.querySelector('#craftsman-form').closest('details').open = true");
            // found by name among thousands of workers, not by knowing the work number
            leader.type(By.id("craftsman-worker"), "张伟");
            leader.click(By.cssSelector("#craftsman-results button[data-worker-id='w1001']"));
            assertThat(leader.find(By.id("craftsman-worker")).getAttribute("value")).isEqualTo("w1001");
            assertThat(leader.text(By.id("craftsman-chosen"))).startsWith("张伟 w1001");
            leader.type(By.id("craftsman-citation"), citation);
            leader.click(By.id("craftsman-submit"));
            leader.until(d -> d.findElements(By.cssSelector("#certificates tbody tr")).size() == before + 1);
            assertThat(leader.text(By.id("certificates"))).contains("金牌工匠", citation);
            assertThat(leader.find(By.id("year-certificates")).getAttribute("href"))
                    .endsWith("/api/certificates.pdf?year=" + year);
            assertThat(leader.driver().findElements(By.cssSelector("#certificate-downloads a")))
                    .extracting(a -> a.getAttribute("href")).anyMatch(h -> h.endsWith("roundId=" + round));
            assertThat(leader.driver().findElements(By.cssSelector("#unit-records a")))
                    .extracting(a -> a.getAttribute("href")).anyMatch(h -> h.endsWith("/api/units/ZC1/records.pdf"));
        }
        String printed = Pdfs.text(as("leader").getForEntity("/api/certificates.pdf?year={y}", byte[].class, year)
                .getBody());
        assertThat(printed).contains("金牌工匠", citation, "荣获" + gradeName(grades.get(awarded.team())));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aWorkerClaimsCostsWithAReceiptFromAPhone() throws Exception {
        int year = LocalDate.now(clock.withZone(java.time.ZoneId.of("Asia/Shanghai"))).getYear();
        Map<String, Object> before = as("leader").getForObject("/api/fund/{y}", Map.class, year);
        long booked = ((Number) before.get("bookedFen")).longValue();
        String budget = yuan(booked + 5_000_000L);
        try (Browser leader = Browser.desktop(port).logIn("leader", demoPassword())) {
            leader.open("/office/fund?year=" + year);
            leader.find(By.id("budget")).clear();
            leader.type(By.id("budget"), budget);
            leader.click(By.id("budget-submit"));
            leader.until(ExpectedConditions.textToBePresentInElementLocated(By.id("fund-figures"), "¥" + budget));
        }
        assertThat(((Number) as("leader").getForObject("/api/fund/{y}", Map.class, year).get("budgetFen")).longValue())
                .isEqualTo(booked + 5_000_000L);

        String title = "采煤机喷雾降尘改造 " + UUID.randomUUID().toString().substring(0, 4);
        String proposalId = submit("w1001", proposalBody(title));
        String task = (String) awaitTasksVisibleTo("c1001", proposalId).get(0).get("id");
        completeTask("c1001", task, Map.of("outcome", "ACCEPT"));
        awaitProposalStatus("w1001", proposalId, "ACCEPTED");
        Path receipt = Files.createTempFile("receipt", ".png");
        Files.write(receipt, Uploads.PNG);

        String claimId;
        try (Browser phone = Browser.phone(port, 360, 740).logIn("w1001", demoPassword())) {
            phone.open("/fund");
            new Select(phone.find(By.id("claim-proposal"))).selectByValue(proposalId);
            phone.type(By.cssSelector("#claim-costs .cost-row:nth-of-type(1) input[name=description]"), "喷嘴及管路");
            phone.type(By.cssSelector("#claim-costs .cost-row:nth-of-type(1) input[name=amount]"), "860.50");
            phone.click(By.id("add-cost"));
            new Select(phone.find(By.cssSelector("#claim-costs .cost-row:nth-of-type(2) select")))
                    .selectByValue("EQUIPMENT_RENTAL");
            phone.type(By.cssSelector("#claim-costs .cost-row:nth-of-type(2) input[name=description]"), "高压泵租赁");
            phone.type(By.cssSelector("#claim-costs .cost-row:nth-of-type(2) input[name=amount]"), "1200");
            // a third cost typed by mistake is counted in the total, then removed again
            phone.click(By.id("add-cost"));
            phone.type(By.cssSelector("#claim-costs .cost-row:nth-of-type(3) input[name=amount]"), "5");
            phone.until(ExpectedConditions.textToBe(By.id("claim-total"), "合计 ¥2065.50"));
            phone.click(By.cssSelector("#claim-costs .cost-row:nth-of-type(3) .remove-cost"));
            phone.until(ExpectedConditions.textToBe(By.id("claim-total"), "合计 ¥2060.50"));
            assertThat(phone.driver().findElements(By.cssSelector("#claim-costs .cost-row"))).hasSize(2);
            phone.click(By.id("claim-submit"));
            assertThat(phone.text(By.cssSelector("#claim-form .form-error"))).as("receipts are required")
                    .contains("请上传发票或收据");
            phone.find(By.id("claim-receipts")).sendKeys(receipt.toString());
            phone.click(By.id("claim-submit"));
            phone.until(ExpectedConditions.textToBePresentInElementLocated(By.id("my-claims"), title));
            String card = phone.find(By.xpath("//ul[@id='my-claims']/li[contains(., '" + title + "')]")).getText();
            assertThat(card).contains("¥2060.50", "待审批");
            assertThat((Long) phone.script("return document.documentElement.scrollWidth")).as("fits 360 px")
                    .isLessThanOrEqualTo(360L);
            phone.script("document.getElementById('my-claims').scrollIntoView()");
            phone.screenshot("fund-claim-phone");
        }
        Map<String, Object> mine = as("w1001").getForObject("/api/fund-claims?size=100", Map.class);
        Map<String, Object> claim = ((List<Map<String, Object>>) mine.get("items")).stream()
                .filter(c -> proposalId.equals(c.get("proposalId"))).findFirst().orElseThrow();
        claimId = (String) claim.get("claimId");
        assertThat(((Number) claim.get("totalFen")).longValue()).isEqualTo(86_050L + 120_000L);
        Map<String, Object> detail = as("w1001").getForObject("/api/fund-claims/{id}", Map.class, claimId);
        assertThat((List<?>) detail.get("items")).hasSize(2);
        assertThat((List<Map<String, Object>>) detail.get("receipts")).singleElement()
                .satisfies(r -> assertThat(r).containsEntry("name", receipt.getFileName().toString())
                        .containsEntry("mediaType", "image/png"));

        // one cost whose description has a comma stays one cost
        HttpEntity<MultiValueMap<String, Object>> oneCost = Uploads.claimForm(proposalId, "99.50", true);
        oneCost.getBody().set("description", "喷嘴, 管路接头");
        ResponseEntity<Map> second = as("w1001").postForEntity("/api/fund-claims", oneCost, Map.class);
        assertThat(second.getStatusCode().value()).as(String.valueOf(second.getBody())).isEqualTo(201);
        Map<String, Object> secondDetail = await().atMost(Duration.ofSeconds(20)).until(() -> as("w1001")
                .getForObject("/api/fund-claims/{id}", Map.class, second.getBody().get("claimId")),
                d -> d.get("items") != null);
        assertThat((List<Map<String, Object>>) secondDetail.get("items")).singleElement()
                .satisfies(i -> assertThat(i).containsEntry("description", "喷嘴, 管路接头").containsEntry("amountFen", 9950));

        try (Browser leader = Browser.desktop(port).logIn("leader", demoPassword())) {
            leader.open("/office/fund?year=" + year + "&status=PENDING");
            assertThat(leader.text(By.cssSelector("#fund-claims tr[data-claim-id='" + claimId + "']")))
                    .contains(title, "2060.50", "待审批");
        }
    }

    @Test
    void theOfficePagesAreTheUnionLeadersAndTheFundPageAWorkers() {
        for (String page : List.of("/office/requests", "/office/meetings", "/office/fund", "/office/payouts",
                "/office/honours")) {
            assertThat(as("leader").getForEntity(page, String.class).getStatusCode().value()).as(page).isEqualTo(200);
            for (String other : List.of("w1001", "c1001", "owner2", "r0001", "admin")) {
                assertThat(as(other).getForEntity(page, String.class).getStatusCode().value()).as(other + " " + page)
                        .isEqualTo(403);
            }
        }
        assertThat(as("w1001").getForEntity("/fund", String.class).getStatusCode().value()).isEqualTo(200);
        assertThat(as("leader").getForEntity("/fund", String.class).getStatusCode().value())
                .as("the union office sees every claim on its own page").isEqualTo(403);
    }

    // --- helpers -----------------------------------------------------------------------------------

    /** Two proposals of the year awarded in its first quarter: a team's (w1001 60 %, w1002 40 %) and w2001's. */
    private record Awarded(String team, String single) {
    }

    private Awarded awardTwo(int year) {
        clock.travelTo(shanghai(year, 2, 2, 9));
        configureYear(year, pointsTable(2, 20, 12, 6, 2), rewardsTable(REWARD.get("FIRST"), REWARD.get("SECOND"),
                REWARD.get("THIRD"), REWARD.get("MERIT")));
        String team = submit("w1001", proposalBody("液压支架立柱快速更换工装 " + year));
        String single = submit("w2001", body(1, new Team("w2001", "JJ2", shares("w2001", 100), null), "JDYS"));
        clock.travelTo(shanghai(year, 3, 2, 9));
        accept("c1001", team);
        accept("c2001", single);
        awaitProposalStatus("leader", team, "ACCEPTED");
        awaitProposalStatus("leader", single, "ACCEPTED");
        awardInFirstQuarter(year, Map.of(team, 88, single, 72));
        return new Awarded(team, single);
    }

    private String request(String owner, String proposalId) {
        ResponseEntity<Map> created = as(owner).postForEntity("/api/result-requests",
                Map.of("proposalId", proposalId, "note", "本单位有同类工况"), Map.class);
        assertThat(created.getStatusCode().value()).as(String.valueOf(created.getBody())).isEqualTo(201);
        String requestId = (String) created.getBody().get("requestId");
        await().atMost(Duration.ofSeconds(20)).until(() -> requestRow(requestId) != null);
        return requestId;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> requestRow(String requestId) {
        Map<String, Object> page = as("leader").getForObject("/api/result-requests?size=100", Map.class);
        return ((List<Map<String, Object>>) page.get("items")).stream()
                .filter(r -> requestId.equals(r.get("requestId"))).findFirst().orElse(null);
    }

    @SuppressWarnings("unchecked")
    private void awaitConversion(String conversionId, String status) {
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            Map<String, Object> page = as("owner2").getForObject("/api/conversions?size=100", Map.class);
            return ((List<Map<String, Object>>) page.get("items")).stream()
                    .anyMatch(c -> conversionId.equals(c.get("conversionId")) && status.equals(c.get("status")));
        });
    }

    private static String gradeName(String grade) {
        return Map.of("FIRST", "一等奖", "SECOND", "二等奖", "THIRD", "三等奖", "MERIT", "优秀奖").get(grade);
    }

    private static String yuan(long fen) {
        return BigDecimal.valueOf(fen, 2).toPlainString();
    }
}
