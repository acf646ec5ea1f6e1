package com.wuxiao.infra.it;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

import javax.sql.DataSource;
import java.io.ByteArrayInputStream;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The innovation fund through our HTTP API and Camunda's REST task API, in the year 2016: the union
 * leader sets a budget of ¥10,000; an author of an accepted proposal claims costs with receipts; the
 * union office approves in Tasklist until the budget is spent and the next approval is refused; two
 * approvals at the same moment that would together exceed the budget book one; the dashboard's
 * figures and the Excel export (read back with POI) match what was approved; a claim left undecided is
 * recorded overdue when its reminder fires.
 */
class InnovationFundIntegrationTest extends AppraisalTestSupport {

    private static final int YEAR = 2016;
    private static final String PROCESS = "fund-claim";

    @Autowired
    DataSource dataSource;

    @Test
    @SuppressWarnings("unchecked")
    void claimsAreBookedUntilTheBudgetIsSpentAndNeverBeyond() throws Exception {
        clock.travelTo(shanghai(YEAR, 3, 1, 9));
        configureYear(YEAR, pointsTable(2, 20, 12, 6, 2), rewardsTable(500_000, 300_000, 100_000, 30_000));
        assertThat(as("w1001").exchange("/api/fund-budgets/{y}", HttpMethod.PUT, new HttpEntity<>(Map.of("budget", 1)),
                String.class, YEAR).getStatusCode().value()).as("a worker sets no budget").isEqualTo(403);
        ResponseEntity<String> budget = as("leader").exchange("/api/fund-budgets/{y}", HttpMethod.PUT,
                new HttpEntity<>(Map.of("budget", "10000.00")), String.class, YEAR);
        assertThat(budget.getStatusCode().value()).as(budget.getBody()).isEqualTo(204);

        String accepted = submit("w1001", proposalBody("刮板机链条自动张紧装置"));
        String notScreened = submit("w1001", proposalBody("尚未初审的申报"));
        accept("c1001", accepted);
        awaitProposalStatus("leader", accepted, "ACCEPTED");

        // claims of 6000, 4000 and 0.01 yuan: all fit the budget on their own
        assertThat(claim("w1001", notScreened, "100").getStatusCode().value()).as("not accepted").isEqualTo(409);
        assertThat(claim("w2001", accepted, "100").getStatusCode().value()).as("not an author").isEqualTo(403);
        ResponseEntity<Map> noReceipt = as("w1001").postForEntity("/api/fund-claims",
                Uploads.claimForm(accepted, "100", false), Map.class);
        assertThat(noReceipt.getStatusCode().value()).isEqualTo(400);
        assertThat(noReceipt.getBody()).containsEntry("field", "receipts");
        String first = created(claim("w1002", accepted, "6000"));
        String second = created(claim("w1001", accepted, "4000"));
        String third = created(claim("w1001", accepted, "0.01"));

        clock.travelTo(shanghai(YEAR, 3, 3, 9));
        decide(first, Map.of("decision", "APPROVE"), 204);
        decide(second, Map.of("decision", "APPROVE", "decisionNote", "票据齐全"), 204);
        ResponseEntity<String> beyond = decide(third, Map.of("decision", "APPROVE"), 409);
        assertThat(beyond.getBody()).contains("claim-exceeds-remaining");
        decide(third, Map.of("decision", "REFUSE", "refusalReason", "年度预算已用完"), 204);

        Map<String, Object> fund = await().atMost(Duration.ofSeconds(20)).until(
                () -> as("leader").getForObject("/api/fund/{y}", Map.class, YEAR),
                f -> ((Number) f.get("refusedClaims")).intValue() == 1);
        assertThat(fund).containsEntry("budgetFen", 1_000_000).containsEntry("bookedFen", 1_000_000)
                .containsEntry("remainingFen", 0).containsEntry("approvedClaims", 2).containsEntry("pendingClaims", 0);
        assertThat((List<Map<String, Object>>) fund.get("byUnit")).singleElement()
                .satisfies(u -> assertThat(u).containsEntry("key", "ZC1").containsEntry("bookedFen", 1_000_000));
        assertThat(as("w1001").getForEntity("/api/fund/{y}", Map.class, YEAR).getStatusCode().value()).isEqualTo(403);
        Map<String, Object> mine = as("w1001").getForObject("/api/fund-claims?year={y}", Map.class, YEAR);
        assertThat((List<Map<String, Object>>) mine.get("items")).extracting(c -> c.get("claimId"))
                .containsExactlyInAnyOrder(second, third);
        Map<String, Object> detail = as("w1001").getForObject("/api/fund-claims/{id}", Map.class, second);
        String receipt = (String) ((List<Map<String, Object>>) detail.get("receipts")).get(0).get("id");
        assertThat(as("w1001").getForEntity("/api/attachments/{id}", byte[].class, receipt).getBody())
                .isEqualTo(Uploads.PDF);
        assertThat(as("w2001").getForEntity("/api/attachments/{id}", byte[].class, receipt).getStatusCode().value())
                .as("another worker's receipt").isEqualTo(404);
        assertThat(as("w2001").getForEntity("/api/fund-claims/{id}", Map.class, second).getStatusCode().value())
                .isEqualTo(404);

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(
                as("leader").getForEntity("/api/fund/{y}.xlsx", byte[].class, YEAR).getBody()))) {
            Sheet overview = book.getSheet("基金概况");
            assertThat(overview.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(10_000.00);
            assertThat(overview.getRow(2).getCell(1).getNumericCellValue()).isEqualTo(10_000.00);
            assertThat(overview.getRow(3).getCell(1).getNumericCellValue()).isEqualTo(0.0);
            List<String> rows = new ArrayList<>();
            for (Row row : book.getSheet("报销明细")) {
                if (row.getRowNum() > 0) {
                    rows.add(row.getCell(0).getStringCellValue() + " " + row.getCell(7).getStringCellValue());
                }
            }
            assertThat(rows).containsExactly(first + " 已核准", second + " 已核准", third + " 不予报销");
        }

        // --- two approvals at the same moment: ¥3,000 and ¥2,500 of a ¥5,000 rise ---------------------
        ResponseEntity<String> raised = as("leader").exchange("/api/fund-budgets/{y}", HttpMethod.PUT,
                new HttpEntity<>(Map.of("budget", "15000")), String.class, YEAR);
        assertThat(raised.getStatusCode().value()).as(raised.getBody()).isEqualTo(204);
        String a = created(claim("w1001", accepted, "3000"));
        String b = created(claim("w1002", accepted, "2500"));
        List<ResponseEntity<String>> outcomes = atTheSameMoment(task(a), task(b));
        assertThat(outcomes).extracting(r -> r.getStatusCode().value()).as(outcomes.toString())
                .containsOnlyOnce(204).hasSize(2);
        ResponseEntity<String> loser = outcomes.stream().filter(r -> r.getStatusCode().value() != 204).findFirst()
                .orElseThrow();
        assertThat(loser.getBody()).containsAnyOf("concurrent-change", "claim-exceeds-remaining");
        String waiting = tasks(a).isEmpty() ? b : a;
        ResponseEntity<String> retried = decide(waiting, Map.of("decision", "APPROVE"), 409);
        assertThat(retried.getBody()).contains("claim-exceeds-remaining");
        assertThat(await().atMost(Duration.ofSeconds(20)).until(
                () -> as("leader").getForObject("/api/fund/{y}", Map.class, YEAR),
                f -> ((Number) f.get("approvedClaims")).intValue() == 3).get("bookedFen"))
                .as("10,000 and one of 3,000 / 2,500, never both").isIn(1_300_000, 1_250_000);

        // --- the reminder ----------------------------------------------------------------------------
        clock.travelTo(shanghai(YEAR, 3, 4, 9));
        Instant submitted = clock.instant();
        // two phone photos of 8 MB each: within 10 MB a receipt, more than any single upload's 12 MB together
        Map<String, byte[]> photos = new java.util.LinkedHashMap<>();
        photos.put("发票正面.pdf", Uploads.pdfOfSize(8 * Uploads.MB));
        photos.put("发票背面.pdf", Uploads.pdfOfSize(8 * Uploads.MB));
        String late = created(as("w1001").postForEntity("/api/fund-claims", Uploads.claimForm(accepted, "1", photos),
                Map.class));
        assertThat((List<Map<String, Object>>) await().atMost(Duration.ofSeconds(20)).until(
                () -> as("w1001").getForObject("/api/fund-claims/{id}", Map.class, late),
                d -> d.get("receipts") != null).get("receipts"))
                .extracting(r -> r.get("name")).containsExactly("发票正面.pdf", "发票背面.pdf");
        String instance = processOf(late);
        Job reminder = management.createJobQuery().processInstanceId(instance).timers().singleResult();
        // the clock runs on from where the test put it: the claim was made a moment after "submitted"
        assertThat(Duration.between(submitted.plus(Duration.ofDays(7)), reminder.getDuedate().toInstant()))
                .isBetween(Duration.ZERO, Duration.ofSeconds(10));
        clock.travelTo(reminder.getDuedate().toInstant());
        management.executeJob(reminder.getId());
        assertThat(await().atMost(Duration.ofSeconds(20)).until(
                () -> as("leader").getForObject("/api/fund-claims/{id}", Map.class, late),
                c -> c.get("claim") instanceof Map<?, ?> claim && Boolean.TRUE.equals(claim.get("overdue")))
                .get("claim"))
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP).containsEntry("status", "PENDING");
        assertThat(tasks(late)).as("the reminder leaves the task open").hasSize(1);
    }

    // --- helpers ---------------------------------------------------------------------------------------

    private ResponseEntity<Map> claim(String workerId, String proposalId, String amount) {
        return as(workerId).postForEntity("/api/fund-claims", Uploads.claimForm(proposalId, amount, true), Map.class);
    }

    private static String created(ResponseEntity<Map> response) {
        assertThat(response.getStatusCode().value()).as(String.valueOf(response.getBody())).isEqualTo(201);
        return (String) response.getBody().get("claimId");
    }

    /** The union office completes the claim's decision task in Tasklist (Camunda's REST task API). */
    private ResponseEntity<String> decide(String claimId, Map<String, Object> variables, int status) {
        ResponseEntity<String> response = completeTask("leader", task(claimId), variables);
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(status);
        return response;
    }

    private String task(String claimId) {
        return (String) await().atMost(Duration.ofSeconds(20)).until(() -> tasks(claimId), t -> t.size() == 1)
                .get(0).get("id");
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> tasks(String claimId) {
        return as("leader").getForObject("/engine-rest/task?processInstanceBusinessKey={key}&processDefinitionKey={p}",
                List.class, claimId, PROCESS);
    }

    private String processOf(String claimId) {
        await().atMost(Duration.ofSeconds(20)).until(() -> tasks(claimId), t -> t.size() == 1);
        return (String) tasks(claimId).get(0).get("processInstanceId");
    }

    /**
     * Both decisions in flight at once, made certain as in {@link ConcurrentScoringTest}: a lock on the
     * event table holds the first append inside its transaction while the other completion has begun.
     */
    private List<ResponseEntity<String>> atTheSameMoment(String taskA, String taskB) throws Exception {
        ExecutorService sessions = Executors.newFixedThreadPool(2);
        try (Connection lock = dataSource.getConnection()) {
            lock.setAutoCommit(false);
            try (Statement statement = lock.createStatement()) {
                statement.execute("LOCK TABLE domainevententry IN EXCLUSIVE MODE");
            }
            List<CompletableFuture<ResponseEntity<String>>> completions = List.of(
                    CompletableFuture.supplyAsync(() -> completeTask("leader", taskA, Map.of("decision", "APPROVE")),
                            sessions),
                    CompletableFuture.supplyAsync(() -> completeTask("leader", taskB, Map.of("decision", "APPROVE")),
                            sessions));
            await().atMost(Duration.ofSeconds(20)).until(() -> appendsWaitingForTheLock() == 1
                    && engineTransactionsWaiting() >= 1);
            lock.rollback();
            return completions.stream().map(CompletableFuture::join).toList();
        } finally {
            sessions.shutdownNow();
        }
    }

    private long engineTransactionsWaiting() {
        return jdbc.sql("""
                        select count(*) from pg_stat_activity
                        where state = 'idle in transaction' and query ilike '%act\\_%' and pid <> pg_backend_pid()""")
                .query(Long.class).single();
    }

    private long appendsWaitingForTheLock() {
        return jdbc.sql("""
                        select count(*) from pg_stat_activity
                        where wait_event_type = 'Lock' and query ilike 'insert into domainevententry%'""")
                .query(Long.class).single();
    }
}
