package com.wuxiao.infra.it;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Reward payouts through our HTTP API, in the year 2015: a round awards two proposals; the union
 * office makes a batch of the round's rewards, approves it, records it paid with finance's reference,
 * and the export read back with POI holds every reward as product.md's split gives it; nothing is paid
 * twice (a second batch of the round has nothing to pay, a paid item is refused in a new batch, a
 * cancelled batch's items are due again); each worker sees their rewards due and paid; every award
 * has its certificate (荣誉证书), read back from the PDF.
 */
class RewardPayoutIntegrationTest extends AppraisalTestSupport {

    private static final int YEAR = 2015;
    private static final String ROUND = "2015-Q1";
    /** product.md's default amounts, in fen. */
    /** The points of the year's table (pointsTable(2, 20, 12, 6, 2)): accepted +2 and the grades'. */
    private static final Map<String, Integer> GRADE_POINTS = Map.of("FIRST", 20, "SECOND", 12, "THIRD", 6, "MERIT", 2);
    private static final Map<String, Long> REWARD = Map.of("FIRST", 500_000L, "SECOND", 300_000L,
            "THIRD", 100_000L, "MERIT", 30_000L);

    @Test
    @SuppressWarnings("unchecked")
    void aRoundsRewardsArePaidOnceExportedForFinanceAndCertified() throws Exception {
        clock.travelTo(shanghai(YEAR, 2, 2, 9));
        configureYear(YEAR, pointsTable(2, 20, 12, 6, 2), rewardsTable(REWARD.get("FIRST"), REWARD.get("SECOND"),
                REWARD.get("THIRD"), REWARD.get("MERIT")));
        // w1001 60 % with w1002 40 %, and w2001 alone
        String team = submit("w1001", proposalBody("液压支架立柱快速更换工装"));
        String single = submit("w2001", body(1, new Team("w2001", "JJ2", shares("w2001", 100), null), "JDYS"));
        clock.travelTo(shanghai(YEAR, 3, 2, 9));
        accept("c1001", team);
        accept("c2001", single);
        awaitProposalStatus("leader", team, "ACCEPTED");
        awaitProposalStatus("leader", single, "ACCEPTED");
        awardInFirstQuarter(YEAR, Map.of(team, 88, single, 72));

        // what each worker is due, from product.md's rules, not from the code
        Map<String, String> grades = WrittenRules.grades(Map.of(team, new BigDecimal("88.00"),
                single, new BigDecimal("72.00")));
        Map<String, Integer> teamShares = new LinkedHashMap<>();
        teamShares.put("w1001", 60);
        teamShares.put("w1002", 40);
        Map<String, Long> due = new TreeMap<>(WrittenRules.splitMoney(REWARD.get(grades.get(team)), teamShares));
        due.put("w2001", REWARD.get(grades.get(single)));
        long total = due.values().stream().mapToLong(Long::longValue).sum();

        Map<String, Object> items = await().atMost(Duration.ofSeconds(20)).until(
                () -> as("leader").getForObject("/api/payouts/{y}/items?roundId={r}", Map.class, YEAR, ROUND),
                page -> ((Number) page.get("total")).intValue() == 3);
        assertThat(((Number) items.get("totalFen")).longValue()).isEqualTo(total);
        assertThat(as("w1001").getForEntity("/api/payouts/{y}/items", Map.class, YEAR).getStatusCode().value())
                .isEqualTo(403);

        // --- a batch of the round, approved, paid --------------------------------------------------
        clock.travelTo(shanghai(YEAR, 4, 10, 9));
        String batch = batchOf(Map.of("roundId", ROUND));
        assertThat(as("leader").postForEntity("/api/payouts/{y}/batches", Map.of("roundId", ROUND), Map.class, YEAR)
                .getStatusCode().value()).as("nothing left to pay in the round").isEqualTo(409);
        assertThat(as("leader").postForEntity("/api/payouts/{y}/batches/{b}/payment",
                Map.of("paymentReference", "YH-1", "paidOn", "2015-04-10"), Void.class, YEAR, batch)
                .getStatusCode().value()).as("not approved yet").isEqualTo(409);
        assertThat(as("leader").postForEntity("/api/payouts/{y}/batches/{b}/approval", null, Void.class, YEAR, batch)
                .getStatusCode().value()).isEqualTo(204);
        assertThat(as("leader").postForEntity("/api/payouts/{y}/batches/{b}/payment",
                Map.of("paymentReference", "GSYH-20150410-0001", "paidOn", "2015-04-10"), Void.class, YEAR, batch)
                .getStatusCode().value()).isEqualTo(204);

        Map<String, Object> detail = await().atMost(Duration.ofSeconds(20)).until(
                () -> as("leader").getForObject("/api/payouts/{y}/batches/{b}", Map.class, YEAR, batch),
                d -> d.get("batch") instanceof Map<?, ?> b && "PAID".equals(b.get("status")));
        assertThat(((Number) ((Map<String, Object>) detail.get("batch")).get("totalFen")).longValue()).isEqualTo(total);

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(as("leader").getForEntity(
                "/api/payouts/{y}/batches/{b}.xlsx", byte[].class, YEAR, batch).getBody()))) {
            Sheet sheet = book.getSheet("奖金发放");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("工号");
            assertThat(sheet.getRow(0).getCell(6).getStringCellValue()).isEqualTo("银行流水号");
            Map<String, Double> exported = new TreeMap<>();
            List<String> lines = new ArrayList<>();
            for (Row row : sheet) {
                if (row.getRowNum() == 0 || "合计".equals(row.getCell(0).getStringCellValue())) {
                    continue;
                }
                exported.put(row.getCell(0).getStringCellValue(), row.getCell(5).getNumericCellValue());
                lines.add(row.getCell(0).getStringCellValue() + " " + row.getCell(2).getStringCellValue() + " "
                        + row.getCell(3).getStringCellValue() + " " + row.getCell(4).getStringCellValue());
                assertThat(row.getCell(1).getStringCellValue()).as("the worker's name").isNotBlank();
                assertThat(row.getCell(6)).as("left for finance").satisfiesAnyOf(
                        c -> assertThat(c).isNull(), c -> assertThat(c.getStringCellValue()).isEmpty());
            }
            Map<String, Double> expected = new TreeMap<>();
            due.forEach((worker, fen) -> expected.put(worker, fen / 100.0));
            assertThat(exported).isEqualTo(expected);
            assertThat(lines).contains("w1001 ZC1 " + ROUND + " " + zh(grades.get(team)),
                    "w2001 JJ2 " + ROUND + " " + zh(grades.get(single)));
        }

        // --- nothing is paid twice ---------------------------------------------------------------------
        String paidItem = ROUND + ":" + team + ":w1001";
        ResponseEntity<Map> again = as("leader").postForEntity("/api/payouts/{y}/batches",
                Map.of("itemIds", List.of(paidItem)), Map.class, YEAR);
        assertThat(again.getStatusCode().value()).isEqualTo(409);
        assertThat(again.getBody()).containsEntry("code", "item-paid");

        // w1001 authors proposals of other tests' years too: this round's reward is the one looked at
        Map<String, Object> mine = await().atMost(Duration.ofSeconds(20)).until(
                () -> as("w1001").getForObject("/api/workers/me/rewards", Map.class),
                m -> ((List<Map<String, Object>>) m.get("items")).stream()
                        .anyMatch(i -> paidItem.equals(i.get("itemId")) && "PAID".equals(i.get("status"))));
        assertThat((List<Map<String, Object>>) mine.get("items")).filteredOn(i -> paidItem.equals(i.get("itemId")))
                .singleElement().satisfies(i -> assertThat(i)
                        .containsEntry("paymentReference", "GSYH-20150410-0001")
                        .containsEntry("amountFen", due.get("w1001").intValue()));
        long listed = ((List<Map<String, Object>>) mine.get("items")).stream()
                .mapToLong(i -> ((Number) i.get("amountFen")).longValue()).sum();
        assertThat(((Number) mine.get("dueFen")).longValue() + ((Number) mine.get("paidFen")).longValue())
                .as("due and paid are all of them").isEqualTo(listed);
        // of this year only: the round's reward, paid, and nothing of other tests' years
        Map<String, Object> thisYear = as("w1001").getForObject("/api/workers/me/rewards?year={y}", Map.class, YEAR);
        assertThat((List<Map<String, Object>>) thisYear.get("items")).extracting(i -> i.get("itemId"))
                .containsExactly(paidItem);
        assertThat(thisYear).containsEntry("paidFen", due.get("w1001").intValue()).containsEntry("dueFen", 0);

        certificatesOf(team, grades.get(team));
        growthRecordOf(grades.get(single), 2, GRADE_POINTS.get(grades.get(single)));
    }

    /**
     * The round's award certificates: one per author, each downloadable by its holder alone and the
     * union office, and all of the round (and a 金牌工匠 conferred meanwhile) in one PDF for printing.
     */
    @SuppressWarnings("unchecked")
    private void certificatesOf(String team, String grade) throws Exception {
        Map<String, Object> certificate = await().atMost(Duration.ofSeconds(20)).until(
                () -> ((List<Map<String, Object>>) as("w1002").getForObject("/api/certificates/mine", Map.class)
                        .get("items")).stream().filter(c -> team.equals(c.get("proposalId"))).findFirst().orElse(null),
                c -> c != null);
        String id = (String) certificate.get("certificateId");
        String name = (String) certificate.get("holderName");
        assertThat(name).as("the worker's name, not the id").isNotEqualTo("w1002");
        ResponseEntity<byte[]> pdf = as("w1002").getForEntity("/api/certificates/{id}.pdf", byte[].class, id);
        assertThat(pdf.getHeaders().getContentType()).hasToString("application/pdf");
        assertThat(Pdfs.text(pdf.getBody())).contains(name + " 同志：", "荣 誉 证 书",
                "荣获" + zh(grade), "液压支架立柱快速更换工装");
        assertThat(as("w2001").getForEntity("/api/certificates/{id}.pdf", byte[].class, id).getStatusCode().value())
                .as("another worker's certificate").isEqualTo(404);

        assertThat(as("leader").postForEntity("/api/commendations/{y}/craftsmen", Map.of("workerId", "w2001",
                "citation", "扎根掘进一线，年内完成革新三项。"), Void.class, YEAR).getStatusCode().value()).isEqualTo(204);
        byte[] year = await().atMost(Duration.ofSeconds(20)).until(
                () -> as("leader").getForEntity("/api/certificates.pdf?year={y}", byte[].class, YEAR).getBody(),
                body -> Pdfs.pages(body) == 4);
        assertThat(Pdfs.text(year)).contains("荣获" + zh(grade), "“金牌工匠”荣誉称号", "年内完成革新三项");
        assertThat(Pdfs.pages(as("leader").getForEntity("/api/certificates.pdf?roundId={r}", byte[].class, ROUND)
                .getBody())).as("three authors of two results").isEqualTo(3);
        assertThat(as("w1001").getForEntity("/api/certificates.pdf?roundId={r}", byte[].class, ROUND)
                .getStatusCode().value()).isEqualTo(403);
    }

    /**
     * w2001's growth record: in 2015 one proposal declared, accepted and awarded with the grade given,
     * points of acceptance and grade by the year's table, and the 金牌工匠 conferred; as PDF too, and
     * in the union office's PDF of unit JJ2.
     */
    @SuppressWarnings("unchecked")
    private void growthRecordOf(String grade, int acceptedPoints, int gradePoints) {
        Map<String, Object> record = await().atMost(Duration.ofSeconds(20)).until(
                () -> as("w2001").getForObject("/api/workers/w2001/record", Map.class),
                r -> ((List<Map<String, Object>>) r.get("honours")).stream()
                        .anyMatch(h -> "GOLDEN_CRAFTSMAN".equals(h.get("kind"))));
        Map<String, Object> year = ((List<Map<String, Object>>) record.get("years")).stream()
                .filter(y -> ((Number) y.get("year")).intValue() == YEAR).findFirst().orElseThrow();
        assertThat(year).containsEntry("declared", 1).containsEntry("accepted", 1).containsEntry("awarded", 1)
                .containsEntry(grade.toLowerCase(), 1);
        assertThat(new BigDecimal(String.valueOf(year.get("points"))))
                .isEqualByComparingTo(BigDecimal.valueOf(acceptedPoints + gradePoints));
        String name = (String) record.get("name");
        String pdf = Pdfs.text(as("w2001").getForEntity("/api/workers/w2001/record.pdf", byte[].class).getBody());
        assertThat(pdf).contains("职工创新成长档案", "姓名 " + name, "金牌工匠", String.valueOf(YEAR));
        assertThat(as("w1001").getForEntity("/api/workers/w2001/record", Map.class).getStatusCode().value())
                .as("another worker's record").isEqualTo(404);
        assertThat(Pdfs.text(as("leader").getForEntity("/api/units/JJ2/records.pdf", byte[].class).getBody()))
                .contains("姓名 " + name);
    }

    @Test
    void aCancelledBatchsItemsAreDueAgainAndAnOpenBatchsAreNot() {
        // a year of its own, so that the other test's items and batches stay as that test left them
        clock.travelTo(shanghai(2014, 2, 2, 9));
        configureYear(2014, pointsTable(2, 20, 12, 6, 2), rewardsTable(500_000, 300_000, 100_000, 30_000));
        String id = submit("w2001", body(2, new Team("w2001", "JJ2", shares("w2001", 100), null), "JDYS"));
        clock.travelTo(shanghai(2014, 3, 2, 9));
        accept("c2001", id);
        awaitProposalStatus("leader", id, "ACCEPTED");
        awardInFirstQuarter(2014, Map.of(id, 80));
        String item = "2014-Q1:" + id + ":w2001";
        await().atMost(Duration.ofSeconds(20)).until(() -> itemStatus(2014, item), "DUE"::equals);

        clock.travelTo(shanghai(2014, 4, 2, 9));
        String first = batchOfYear(2014, Map.of("itemIds", List.of(item)));
        await().atMost(Duration.ofSeconds(20)).until(() -> itemStatus(2014, item), "IN_BATCH"::equals);
        assertThat(as("leader").postForEntity("/api/payouts/2014/batches", Map.of("itemIds", List.of(item)), Map.class)
                .getBody()).containsEntry("code", "item-in-batch");
        assertThat(as("leader").postForEntity("/api/payouts/2014/batches/{b}/cancellation",
                Map.of("reason", "金额核对有误"), Void.class, first).getStatusCode().value()).isEqualTo(204);
        await().atMost(Duration.ofSeconds(20)).until(() -> itemStatus(2014, item), "DUE"::equals);
        batchOfYear(2014, Map.of("itemIds", List.of(item)));
        await().atMost(Duration.ofSeconds(20)).until(() -> itemStatus(2014, item), "IN_BATCH"::equals);
    }

    private String batchOf(Map<String, Object> body) {
        return batchOfYear(YEAR, body);
    }

    private String batchOfYear(int year, Map<String, Object> body) {
        ResponseEntity<Map> created = as("leader").postForEntity("/api/payouts/{y}/batches", new HashMap<>(body),
                Map.class, year);
        assertThat(created.getStatusCode().value()).as(String.valueOf(created.getBody())).isEqualTo(201);
        return (String) created.getBody().get("batchId");
    }

    @SuppressWarnings("unchecked")
    private String itemStatus(int year, String itemId) {
        Map<String, Object> page = as("leader").getForObject("/api/payouts/{y}/items?size=200", Map.class, year);
        return ((List<Map<String, Object>>) page.get("items")).stream().filter(i -> itemId.equals(i.get("itemId")))
                .map(i -> (String) i.get("status")).findFirst().orElse(null);
    }

    private static String zh(String grade) {
        return Map.of("FIRST", "一等奖", "SECOND", "二等奖", "THIRD", "三等奖", "MERIT", "优秀奖").get(grade);
    }
}
