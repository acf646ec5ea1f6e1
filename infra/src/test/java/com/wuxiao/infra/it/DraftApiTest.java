package com.wuxiao.infra.it;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Drafts on the server (the DRAFT state): saved, listed, reopened, replaced and deleted by their
 * author only, and declared through the same validation and command as POST /api/proposals, with
 * their files handed to the new proposal in the same transaction.
 */
class DraftApiTest extends IntegrationTestSupport {

    @Test
    void anAuthorSavesReopensReplacesAndDeletesADraft() {
        String id = createDraft("w1001", Map.of("title", "半成品：皮带跑偏自动纠偏"));
        Map<String, Object> saved = draft("w1001", id).getBody();
        assertThat(content(saved)).containsEntry("title", "半成品：皮带跑偏自动纠偏").doesNotContainKey("problem");
        assertThat((List<?>) saved.get("attachments")).isEmpty();

        Map<String, Object> full = proposalBody("皮带跑偏自动纠偏装置");
        ResponseEntity<String> replaced = as("w1001").exchange("/api/drafts/{id}", HttpMethod.PUT,
                new HttpEntity<>(full), String.class, id);
        assertThat(replaced.getStatusCode().value()).as(replaced.getBody()).isEqualTo(204);
        Map<String, Object> reopened = content(draft("w1001", id).getBody());
        assertThat(reopened).containsEntry("title", "皮带跑偏自动纠偏装置")
                .containsEntry("problem", full.get("problem"))
                .containsEntry("categoryCode", "JDYS");
        assertThat((List<?>) reopened.get("authors")).hasSize(2);

        String newer = createDraft("w1001", Map.of("title", "更新的草稿"));
        List<Map<String, Object>> items = items(as("w1001").getForObject("/api/drafts?size=100", Map.class));
        assertThat(items).extracting(d -> d.get("id")).startsWith(newer, id);

        assertThat(as("w1001").exchange("/api/drafts/{id}", HttpMethod.DELETE, null, String.class, id)
                .getStatusCode().value()).isEqualTo(204);
        assertThat(draft("w1001", id).getStatusCode().value()).isEqualTo(404);
        assertThat(rows("select count(*) from draft where id = ?::uuid", id)).isZero();
        as("w1001").delete("/api/drafts/{id}", newer);
    }

    @Test
    void nobodyButTheAuthorSeesOrTouchesADraft() {
        Map<String, Object> body = proposalBody("只给本人看的草稿");
        String id = createDraft("w1001", body);
        String fileId = (String) Uploads.upload(as("w1001"), "/api/drafts/" + id + "/attachments", "图纸.pdf",
                Uploads.PDF).getBody().get("id");
        // A co-author, the unit's coordinator, the union office and the administrator alike.
        for (String other : List.of("w1002", "c1001", "leader", "admin")) {
            ResponseEntity<String> read = as(other).getForEntity("/api/drafts/{id}", String.class, id);
            assertThat(read.getStatusCode().value()).as("GET as %s", other).isEqualTo(404);
            assertThat(read.getBody()).contains("urn:wuxiao:problem:draft-not-found");
            assertThat(as(other).exchange("/api/drafts/{id}", HttpMethod.PUT,
                    new HttpEntity<>(Map.of("title", "改掉")), String.class, id).getStatusCode().value())
                    .as("PUT as %s", other).isEqualTo(404);
            assertThat(as(other).postForEntity("/api/drafts/{id}/submit", null, String.class, id)
                    .getStatusCode().value()).as("submit as %s", other).isEqualTo(404);
            assertThat(Uploads.upload(as(other), "/api/drafts/" + id + "/attachments", "x.pdf", Uploads.PDF)
                    .getStatusCode().value()).as("upload as %s", other).isEqualTo(404);
            assertThat(as(other).exchange("/api/drafts/{id}/attachments/{file}", HttpMethod.DELETE, null,
                    String.class, id, fileId).getStatusCode().value()).as("detach as %s", other).isEqualTo(404);
            assertThat(as(other).getForEntity("/api/attachments/{file}", String.class, fileId).getStatusCode().value())
                    .as("download as %s", other).isEqualTo(404);
            assertThat(as(other).exchange("/api/drafts/{id}", HttpMethod.DELETE, null, String.class, id)
                    .getStatusCode().value()).as("DELETE as %s", other).isEqualTo(404);
            assertThat(ids(as(other).getForObject("/api/drafts?size=100", Map.class))).doesNotContain(id);
        }
        // Untouched: the same content, the file still there.
        Map<String, Object> after = draft("w1001", id).getBody();
        assertThat(content(after)).containsEntry("title", "只给本人看的草稿");
        assertThat((List<?>) after.get("attachments")).hasSize(1);
        assertThat(rows("select count(*) from attachment where draft_id = ?::uuid", id)).isEqualTo(1);
        as("w1001").delete("/api/drafts/{id}", id);
        assertThat(rows("select count(*) from attachment where id = ?::uuid", fileId)).as("files go with their draft")
                .isZero();
    }

    @Test
    void onlyWorkersKeepDrafts() {
        ResponseEntity<String> refused = as("leader").postForEntity("/api/drafts", Map.of("title", "工会草稿"), String.class);
        assertThat(refused.getStatusCode().value()).isEqualTo(403);
        assertThat(refused.getBody()).contains("urn:wuxiao:problem:not-worker");
    }

    @Test
    void submittingDeclaresTheProposalAndHandsOverItsFiles() {
        String id = createDraft("w1001", proposalBody("刮板机链条张紧草稿提交"));
        Map<String, Object> file = Uploads.upload(as("w1001"), "/api/drafts/" + id + "/attachments", "张紧装置图纸.pdf",
                Uploads.PDF).getBody();
        long eventsBefore = totalEvents();

        ResponseEntity<Map> submitted = as("w1001").postForEntity("/api/drafts/{id}/submit", null, Map.class, id);
        assertThat(submitted.getStatusCode().value()).as(String.valueOf(submitted.getBody())).isEqualTo(201);
        String proposalId = (String) submitted.getBody().get("proposalId");
        assertThat(submitted.getHeaders().getLocation()).hasPath("/api/proposals/" + proposalId);

        // The draft is gone, its file now the proposal's, under the same id.
        assertThat(draft("w1001", id).getStatusCode().value()).isEqualTo(404);
        assertThat(rows("select count(*) from draft where id = ?::uuid", id)).isZero();
        assertThat(jdbc.sql("select proposal_id from attachment where id = ?::uuid").param(file.get("id"))
                .query(String.class).single()).isEqualTo(proposalId);
        assertThat(eventCount(proposalId)).isEqualTo(1);
        assertThat(totalEvents()).isGreaterThan(eventsBefore);

        Map<String, Object> proposal = awaitProposalStatus("w1001", proposalId, "SUBMITTED");
        assertThat(proposal.get("title")).isEqualTo("刮板机链条张紧草稿提交");
        List<Map<String, Object>> attachments = (List<Map<String, Object>>) proposal.get("attachments");
        assertThat(attachments).hasSize(1);
        assertThat(attachments.get(0)).containsEntry("id", file.get("id")).containsEntry("name", "张紧装置图纸.pdf")
                .containsEntry("mediaType", "application/pdf").containsEntry("sha256", file.get("sha256"))
                .containsEntry("size", Uploads.PDF.length);
    }

    /** Same answer as POST /api/proposals with the same body, and the draft stays as it was. */
    @Test
    void aDraftThatWouldNotDeclareIsRefusedAsPostProposalsRefusesIt() {
        Map<String, Object> incomplete = new HashMap<>(proposalBody("缺少解决方案"));
        incomplete.remove("solution");
        incomplete.put("authors", List.of(Map.of("workerId", "w1001")));
        assertSameRefusal(incomplete, 400, "urn:wuxiao:problem:validation");

        // Passes the form's checks, fails the aggregate's: shares must sum to 100.
        Map<String, Object> shares = new HashMap<>(proposalBody("贡献比例不足"));
        shares.put("authors", List.of(Map.of("workerId", "w1001", "share", 60), Map.of("workerId", "w1002", "share", 30)));
        assertSameRefusal(shares, 400, "urn:wuxiao:problem:shares-not-100");

        // Not one of the authors: refused by the aggregate with 403.
        Map<String, Object> notAuthor = new HashMap<>(proposalBody("他人作品"));
        notAuthor.put("authors", List.of(Map.of("workerId", "w1002", "share", 100)));
        assertSameRefusal(notAuthor, 403, "urn:wuxiao:problem:submitter-not-author");
    }

    private void assertSameRefusal(Map<String, Object> body, int status, String type) {
        ResponseEntity<Map> direct = as("w1001").postForEntity("/api/proposals", body, Map.class);
        String id = createDraft("w1001", body);
        String file = (String) Uploads.upload(as("w1001"), "/api/drafts/" + id + "/attachments", "a.pdf", Uploads.PDF)
                .getBody().get("id");
        long events = totalEvents();
        ResponseEntity<Map> viaDraft = as("w1001").postForEntity("/api/drafts/{id}/submit", null, Map.class, id);

        assertThat(direct.getStatusCode().value()).as(String.valueOf(direct.getBody())).isEqualTo(status);
        assertThat(viaDraft.getStatusCode().value()).isEqualTo(status);
        assertThat(viaDraft.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(viaDraft.getBody().get("type")).isEqualTo(type);
        for (String field : List.of("type", "title", "code", "messageZh", "messageEn")) {
            assertThat(viaDraft.getBody().get(field)).as(field).isEqualTo(direct.getBody().get(field));
        }
        List<Object> errors = (List<Object>) direct.getBody().get("errors");
        if (errors == null) {
            assertThat(viaDraft.getBody().get("detail")).isEqualTo(direct.getBody().get("detail"));
            assertThat(viaDraft.getBody().get("field")).isEqualTo(direct.getBody().get("field"));
        } else {
            // Bean Validation reports in no fixed order, on either path.
            assertThat(errors).hasSizeGreaterThan(1);
            assertThat((List<Object>) viaDraft.getBody().get("errors")).containsExactlyInAnyOrderElementsOf(errors);
        }
        assertThat(totalEvents()).isEqualTo(events);
        assertThat(draft("w1001", id).getStatusCode().value()).isEqualTo(200);
        assertThat(jdbc.sql("select draft_id::text from attachment where id = ?::uuid").param(file)
                .query(String.class).single()).isEqualTo(id);
        as("w1001").delete("/api/drafts/{id}", id);
    }

    private String createDraft(String user, Map<String, Object> content) {
        ResponseEntity<Map> created = as(user).postForEntity("/api/drafts", content, Map.class);
        assertThat(created.getStatusCode().value()).as(String.valueOf(created.getBody())).isEqualTo(201);
        String id = (String) created.getBody().get("id");
        assertThat(created.getHeaders().getLocation()).hasPath("/api/drafts/" + id);
        return id;
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private ResponseEntity<Map<String, Object>> draft(String user, String id) {
        return (ResponseEntity) as(user).getForEntity("/api/drafts/{id}", Map.class, id);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> content(Map<String, Object> draft) {
        return (Map<String, Object>) draft.get("content");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(Map<?, ?> page) {
        return (List<Map<String, Object>>) page.get("items");
    }

    private static List<Object> ids(Map<?, ?> page) {
        return items(page).stream().map(d -> d.get("id")).toList();
    }

    private long rows(String sql, Object param) {
        return jdbc.sql(sql).param(param).query(Long.class).single();
    }
}
