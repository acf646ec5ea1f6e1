package com.wuxiao.infra.it;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The dashboard's Excel downloads and the declaration form's categories, through the API. */
class LeaderboardWorkbookTest extends IntegrationTestSupport {

    @Autowired
    private Clock clock;

    @Test
    @SuppressWarnings("unchecked")
    void theWorkbookHoldsEveryRowOfTheBoard() throws IOException {
        String proposalId = submit("w1001", proposalBody("乳化液泵站自动配比装置"));
        String taskId = (String) awaitTasksVisibleTo("c1001", proposalId).get(0).get("id");
        completeTask("c1001", taskId, Map.of("outcome", "ACCEPT"));
        awaitProposalStatus("w1001", proposalId, "ACCEPTED");
        awaitCaughtUp("leaderboard-projection");
        String year = String.valueOf(LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai"))).getYear());

        for (String kind : List.of("individuals", "units", "categories")) {
            List<Map<String, Object>> rows = (List<Map<String, Object>>) as("leader")
                    .getForObject("/api/leaderboards/" + kind + "?size=100&period=" + year, Map.class).get("rows");
            ResponseEntity<byte[]> download = as("leader")
                    .getForEntity("/api/leaderboards/" + kind + ".xlsx?period=" + year, byte[].class);
            assertThat(download.getStatusCode().value()).isEqualTo(200);
            assertThat(download.getHeaders().getContentDisposition().getFilename()).endsWith(year + ".xlsx");
            List<String> expected = new ArrayList<>();
            rows.forEach(r -> expected.add(r.get("rank") + " " + r.get("key") + " "
                    + new BigDecimal(r.get("points").toString()).stripTrailingZeros().toPlainString()));
            assertThat(sheetRows(download.getBody())).as(kind).isEqualTo(expected).isNotEmpty();
        }
    }

    @Test
    void aWorkersWorkbookHasNoMoney() throws IOException {
        String year = String.valueOf(LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai"))).getYear());
        ResponseEntity<byte[]> download = as("w1001")
                .getForEntity("/api/leaderboards/individuals.xlsx?period=" + year, byte[].class);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download.getBody()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(5).getStringCellValue()).isEqualTo("奖金（元）");
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                assertThat(row.getCell(5) == null || row.getCell(5).toString().isEmpty()).as("row %d", r).isTrue();
            }
        }
    }

    @Test
    void aBadPeriodIsAProblem() {
        ResponseEntity<String> answer = as("leader").getForEntity("/api/leaderboards/individuals.xlsx?period=2026-13",
                String.class);
        assertThat(answer.getStatusCode().value()).isEqualTo(400);
        assertThat(answer.getBody()).contains("messageZh", "messageEn");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theFormOffersTheYearsCategories() {
        int year = LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai"))).getYear();
        Map<String, Object> answer = as("w1001").getForObject("/api/competition-years/" + year + "/categories", Map.class);
        List<Map<String, Object>> categories = (List<Map<String, Object>>) answer.get("categories");
        // The demo year's configuration: seven categories, 机电运输 among them.
        assertThat(categories).hasSize(7).contains(Map.of("code", "JDYS", "name", "机电运输"));
        Map<String, Object> unconfigured = as("w1001").getForObject("/api/competition-years/1999/categories", Map.class);
        assertThat((List<Object>) unconfigured.get("categories")).isEmpty();
    }

    /** "rank key points" of every data row (after the header, before a total if there is one). */
    private static List<String> sheetRows(byte[] xlsx) throws IOException {
        List<String> rows = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null || row.getCell(1) == null || row.getCell(0).getCellType() != org.apache.poi.ss.usermodel.CellType.NUMERIC) {
                    continue;
                }
                rows.add((long) row.getCell(0).getNumericCellValue() + " " + row.getCell(1).getStringCellValue() + " "
                        + BigDecimal.valueOf(row.getCell(4).getNumericCellValue()).stripTrailingZeros().toPlainString());
            }
        }
        return rows;
    }
}
