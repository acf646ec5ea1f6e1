package com.wuxiao.infra.it;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The dashboard's review workbook holds what /api/review-progress answers; only for the union office. */
class ReviewProgressWorkbookTest extends IntegrationTestSupport {

    @Test
    @SuppressWarnings("unchecked")
    void theWorkbookCountsTheScreeningsWaitingPerUnit() throws IOException {
        String proposalId = submit("w1001", proposalBody("审核进度导出测试"));
        awaitTasksVisibleTo("c1001", proposalId);
        Map<String, Object> progress = as("leader").getForObject("/api/review-progress", Map.class);
        Map<String, Integer> expected = new HashMap<>();
        ((List<Map<String, Object>>) progress.get("pendingScreenings"))
                .forEach(unit -> expected.put((String) unit.get("unitId"), (Integer) unit.get("count")));
        assertThat(expected.get("ZC1")).as("ZC1 has this proposal waiting").isPositive();

        ResponseEntity<byte[]> download = as("leader").getForEntity("/dashboard/review-progress.xlsx", byte[].class);
        assertThat(download.getStatusCode().value()).isEqualTo(200);
        Map<String, Integer> actual = new HashMap<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download.getBody()))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(3);
            Sheet units = workbook.getSheet("各单位待初审");
            for (int r = 1; r <= units.getLastRowNum(); r++) {
                Row row = units.getRow(r);
                actual.put(row.getCell(1).getStringCellValue(), (int) row.getCell(2).getNumericCellValue());
            }
            assertThat(units.getRow(1).getCell(0).getStringCellValue()).as("units by name").doesNotMatch("[A-Z0-9]+");
        }
        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void workersGetNoWorkbook() {
        assertThat(as("w1001").getForEntity("/dashboard/review-progress.xlsx", String.class).getStatusCode().value())
                .isEqualTo(403);
        assertThat(as("w1001").getForEntity("/dashboard/names?id=w1002", String.class).getStatusCode().value())
                .isEqualTo(403);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theDashboardNamesTheWorkersOfABoard() {
        Map<String, String> names = as("leader").getForObject("/dashboard/names?id=w1001&id=w2001&id=nobody", Map.class);
        assertThat(names).containsOnlyKeys("w1001", "w2001").containsEntry("w1001", "张伟");
    }
}
