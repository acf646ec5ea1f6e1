package com.wuxiao.infra.it;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit trail of a proposal on the real event store: declared, returned, revised and accepted
 * through the API and Tasklist's process, then read back through the API, the Excel file and the page.
 * The other three kinds: {@link AuditTrailKindsIntegrationTest}.
 */
class AuditTrailIntegrationTest extends IntegrationTestSupport {

    @Test
    @SuppressWarnings("unchecked")
    void aProposalsEventsInOrderWithTheirActorsAndWhatChanged() throws IOException {
        String id = returnedRevisedAndAccepted();

        ResponseEntity<Map> response = as("leader").getForEntity("/api/audit/proposals/{id}", Map.class, id);
        assertThat(response.getStatusCode().value()).as("%s", response.getBody()).isEqualTo(200);
        List<Map<String, Object>> items = (List<Map<String, Object>>) response.getBody().get("items");
        assertThat(response.getBody()).containsEntry("kind", "PROPOSALS").containsEntry("aggregateId", id)
                .containsEntry("total", items.size());
        assertThat(items).extracting(e -> e.get("eventType")).startsWith("ProposalSubmittedEvent",
                "ProposalReturnedEvent", "ProposalRevisedEvent", "ProposalAcceptedEvent");
        assertThat(items.subList(4, items.size())).as("the acceptance points of w1001 and w1002")
                .extracting(e -> e.get("eventType")).containsOnly("PointsEarnedEvent").hasSize(2);
        assertThat(items).extracting(e -> ((Number) e.get("sequenceNumber")).longValue())
                .containsExactly(0L, 1L, 2L, 3L, 4L, 5L);
        assertThat(items).extracting(e -> e.get("actor"))
                .containsExactly("w1001", "c1001", "w1001", "c1001", "system", "system");
        assertThat(items).extracting(e -> Instant.parse((String) e.get("occurredAt"))).isSorted();
        assertThat(items.get(0)).containsEntry("labelZh", "申报").containsEntry("labelEn", "Declared");
        assertThat(items.get(3)).containsEntry("labelZh", "初审通过");
        assertThat(change(items.get(1), "comment")).isEqualTo("请补充成本测算");
        assertThat(change(items.get(2), "content")).contains("\"title\":\"审计·风门自动闭锁（修订）\"");
        assertThat(change(items.get(3), "revision")).isEqualTo("2");
        assertThat((List<Map<String, Object>>) items.get(0).get("changes")).extracting(c -> c.get("field"))
                .doesNotContain("proposalId").contains("submitterId", "content", "authors", "submittedAt");

        Map<String, Object> second = as("admin").getForObject("/api/audit/proposals/{id}?page=1&size=4", Map.class, id);
        assertThat((List<Map<String, Object>>) second.get("items")).as("administrators read it too, in pages")
                .extracting(e -> e.get("eventType")).containsExactly("PointsEarnedEvent", "PointsEarnedEvent");
        assertThat(second).containsEntry("total", 6).containsEntry("page", 1).containsEntry("size", 4);
        ResponseEntity<Map> tooLarge = as("leader").getForEntity("/api/audit/proposals/{id}?size=101", Map.class, id);
        assertThat(tooLarge.getStatusCode().value()).isEqualTo(400);
        assertThat(tooLarge.getBody()).containsEntry("type", "urn:wuxiao:problem:page-size-out-of-range")
                .containsEntry("field", "size");

        assertExcel(id);
        assertPage(id);
    }

    @Test
    void noTrailIsA404AndOnlyTheUnionOfficeReadsOne() {
        String id = submit("w1001", proposalBody("审计·主扇风机在线监测"));
        awaitProposalStatus("w1001", id, "SUBMITTED");
        for (String path : List.of("/api/audit/rounds/" + id, "/api/audit/conversions/" + id,
                "/api/audit/proposals/no-such-proposal", "/api/audit/things/" + id,
                "/api/audit/patents/" + id + "/export")) {
            ResponseEntity<Map> missing = as("leader").getForEntity(path, Map.class);
            assertThat(missing.getStatusCode().value()).as(path).isEqualTo(404);
            assertThat(missing.getHeaders().getContentType()).as(path).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(missing.getBody()).as(path).containsEntry("type", "urn:wuxiao:problem:audit-trail-not-found");
        }
        for (String user : List.of("w1001", "c1001", "r0001", "owner")) {
            for (String path : List.of("/api/audit/proposals/" + id, "/api/audit/proposals/" + id + "/export")) {
                ResponseEntity<String> refused = as(user).getForEntity(path, String.class);
                assertThat(refused.getStatusCode().value()).as(user + " " + path).isEqualTo(403);
                assertThat(refused.getBody()).as(user + " " + path).doesNotContain("ProposalSubmittedEvent");
            }
            assertThat(as(user).getForEntity("/office/audit?kind=proposals&id=" + id, String.class)
                    .getStatusCode().value()).as(user + " page").isEqualTo(403);
        }
        assertThat(http.getForEntity("/api/audit/proposals/" + id, String.class).getStatusCode().value())
                .as("anonymous").isEqualTo(401);
        assertThat(as("admin").getForEntity("/api/audit/proposals/" + id, String.class).getStatusCode().value())
                .as("administrators read the API").isEqualTo(200);
        assertThat(as("admin").getForEntity("/office/audit?kind=proposals&id=" + id, String.class)
                .getStatusCode().value()).as("but, like every office page, not the page").isEqualTo(403);
    }

    /** Declared by w1001 (with w1002), returned by c1001, revised, accepted by c1001; the proposal's id. */
    private String returnedRevisedAndAccepted() {
        String id = submit("w1001", proposalBody("审计·风门自动闭锁"));
        String first = (String) awaitTasksVisibleTo("c1001", id).get(0).get("id");
        assertThat(completeTask("c1001", first, Map.of("outcome", "RETURN", "comment", "请补充成本测算"))
                .getStatusCode().value()).isEqualTo(204);
        awaitProposalStatus("w1001", id, "RETURNED");
        Map<String, Object> revision = new HashMap<>(proposalBody("审计·风门自动闭锁（修订）"));
        revision.put("basedOnRevision", 1);
        assertThat(as("w1001").exchange("/api/proposals/{id}", HttpMethod.PUT, new HttpEntity<>(revision),
                String.class, id).getStatusCode().value()).isEqualTo(204);
        String second = (String) awaitTasksVisibleTo("c1001", id).get(0).get("id");
        assertThat(completeTask("c1001", second, Map.of("outcome", "ACCEPT")).getStatusCode().value()).isEqualTo(204);
        awaitProposalStatus("w1001", id, "ACCEPTED");
        return id;
    }

    private void assertExcel(String id) throws IOException {
        ResponseEntity<byte[]> download = as("leader").getForEntity("/api/audit/proposals/{id}/export", byte[].class, id);
        assertThat(download.getStatusCode().value()).isEqualTo(200);
        assertThat(download.getHeaders().getContentType().toString())
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(download.getHeaders().getContentDisposition().getFilename()).isEqualTo("审计记录-" + id + ".xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(download.getBody()))) {
            Sheet sheet = book.getSheet("审计记录");
            assertThat(sheet).isNotNull();
            assertThat(text(sheet.getRow(0), 0, 7)).containsExactly("序号", "时间", "事件", "事件类型", "操作人工号", "操作人",
                    "变更内容");
            assertThat(sheet.getLastRowNum()).as("one row per event").isEqualTo(6);
            Row submitted = sheet.getRow(1);
            assertThat(submitted.getCell(0).getNumericCellValue()).isEqualTo(0);
            assertThat(text(submitted, 2, 5)).containsExactly("申报", "ProposalSubmittedEvent", "w1001");
            assertThat(submitted.getCell(5).getStringCellValue()).as("the name from the identity store")
                    .isNotBlank().isNotEqualTo("w1001");
            assertThat(submitted.getCell(1).getStringCellValue()).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d");
            assertThat(sheet.getRow(2).getCell(6).getStringCellValue()).contains("comment: 请补充成本测算");
            Row points = sheet.getRow(6);
            assertThat(points.getCell(4)).as("no work number for the system").isNull();
            assertThat(points.getCell(5).getStringCellValue()).isEqualTo("系统");
        }
    }

    private void assertPage(String id) {
        ResponseEntity<String> page = as("leader").getForEntity("/office/audit?kind=proposals&id={id}", String.class, id);
        assertThat(page.getStatusCode().value()).isEqualTo(200);
        assertThat(page.getBody()).contains("id=\"audit-entries\"", "data-event-type=\"ProposalReturnedEvent\"",
                "初审通过", "退回修改", "请补充成本测算", "系统", "共 6 个事件",
                "/api/audit/proposals/" + id + "/export");
        assertThat(page.getBody().split("<tr data-sequence=", -1)).as("a row per event").hasSize(7);
        assertThat(page.getBody()).contains("申报 " + id + " 的审计记录", "(w1001)", "(c1001)");
        assertThat(as("leader").getForObject("/office/audit?kind=proposals&id={id}&lang=en", String.class, id))
                .contains("Accepted at screening", "Returned for revision", "6 events", "System");
        assertThat(as("leader").getForObject("/office/audit?kind=rounds&id={id}", String.class, id))
                .contains("id=\"audit-none\"").doesNotContain("id=\"audit-entries\"");
        assertThat(as("leader").getForObject("/proposals/{id}", String.class, id))
                .as("the proposal's page links to its trail").contains("/office/audit?kind=proposals&amp;id=" + id);
        assertThat(as("w1001").getForObject("/proposals/{id}", String.class, id)).doesNotContain("/office/audit");
    }

    @SuppressWarnings("unchecked")
    static String change(Map<String, Object> entry, String field) {
        return ((List<Map<String, Object>>) entry.get("changes")).stream().filter(c -> field.equals(c.get("field")))
                .map(c -> (String) c.get("value")).findFirst()
                .orElseThrow(() -> new AssertionError(entry.get("eventType") + " has no field " + field));
    }

    private static List<String> text(Row row, int from, int to) {
        return java.util.stream.IntStream.range(from, to).mapToObj(i -> row.getCell(i).getStringCellValue()).toList();
    }
}
