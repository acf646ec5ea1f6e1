package com.wuxiao.infra.it;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Uploads through the real servlet container, multipart parsing and PostgreSQL: each refusal of the
 * issue's acceptance (renamed executable, 11 MB, a sixth file, empty, a path in the name) answers a
 * problem in both languages and stores nothing; the sixth file of a proposal is refused by its
 * aggregate and rolls the stored bytes back; events carry the metadata, never the bytes.
 */
class AttachmentUploadTest extends IntegrationTestSupport {

    private static final String ADDED = "com.wuxiao.command.proposal.api.AttachmentAddedEvent";
    private static final String SUBMITTED = "com.wuxiao.command.proposal.api.ProposalSubmittedEvent";

    private String draftId;

    @BeforeEach
    void aDraftOfW1001() {
        ResponseEntity<Map> created = as("w1001").postForEntity("/api/drafts", proposalBody("附件测试 " + UUID.randomUUID()),
                Map.class);
        assertThat(created.getStatusCode().value()).isEqualTo(201);
        draftId = (String) created.getBody().get("id");
    }

    /** A person keeps only so many drafts: leave none behind for the next test. */
    @AfterEach
    void deleteTheDraft() {
        as("w1001").delete("/api/drafts/{id}", draftId);
    }

    @Test
    void aPdfAndAPngAreStoredUnderServerMadeIdsWithTheirContentsHash() throws Exception {
        ResponseEntity<Map<String, Object>> pdf = uploadToDraft("维修记录.pdf", Uploads.PDF);
        assertThat(pdf.getStatusCode().value()).as(String.valueOf(pdf.getBody())).isEqualTo(201);
        assertThat(pdf.getBody()).containsEntry("name", "维修记录.pdf").containsEntry("mediaType", "application/pdf")
                .containsEntry("size", Uploads.PDF.length)
                .containsEntry("sha256", sha256(Uploads.PDF));
        assertThat(UUID.fromString((String) pdf.getBody().get("id"))).isNotNull();
        // The name says PDF, the content PNG: the content wins.
        ResponseEntity<Map<String, Object>> png = uploadToDraft("现场照片.pdf", Uploads.PNG);
        assertThat(png.getBody()).containsEntry("mediaType", "image/png");
        assertThat(storedForDraft()).isEqualTo(2);
        byte[] stored = jdbc.sql("select content from attachment where id = ?::uuid").param(pdf.getBody().get("id"))
                .query(byte[].class).single();
        assertThat(stored).isEqualTo(Uploads.PDF);
    }

    @Test
    void aRenamedExecutableIsRefused() {
        refused(uploadToDraft("x.pdf", Uploads.ELF), 400, "file-type-not-allowed");
        refused(uploadToDraft("setup.pdf", Uploads.MZ), 400, "file-type-not-allowed");
        refused(uploadToDraft("photo.png", "#!/bin/sh\nrm -rf /\n".getBytes(StandardCharsets.US_ASCII)), 400,
                "file-type-not-allowed");
        assertThat(storedForDraft()).isZero();
    }

    @Test
    void anElevenMegabyteFileIsRefusedWithItsOwnMessage() {
        Map<String, Object> problem = refused(uploadToDraft("大图纸.pdf", Uploads.pdfOfSize(11 * Uploads.MB)), 400,
                "file-too-large");
        assertThat((String) problem.get("messageZh")).contains("10 MB");
        assertThat((String) problem.get("messageEn")).contains("10 MB");
        // Exactly at the limit is allowed.
        assertThat(uploadToDraft("刚好.pdf", Uploads.pdfOfSize(10 * Uploads.MB)).getStatusCode().value()).isEqualTo(201);
        assertThat(storedForDraft()).isEqualTo(1);
    }

    @Test
    void aRequestBeyondTheMultipartLimitGetsA413Problem() {
        for (int size : new int[] {14 * Uploads.MB, 40 * Uploads.MB}) {
            refused(uploadToDraft("巨大.pdf", Uploads.pdfOfSize(size)), 413, "payload-too-large");
        }
        assertThat(storedForDraft()).isZero();
    }

    @Test
    void anEmptyFileIsRefused() {
        refused(uploadToDraft("空.pdf", new byte[0]), 400, "file-empty");
        assertThat(storedForDraft()).isZero();
    }

    @Test
    void aNameWithAPathIsRefused() {
        for (String name : List.of("../../etc/passwd", "..\\x.pdf", "/etc/passwd.pdf")) {
            Map<String, Object> problem = refused(uploadToDraft(name, Uploads.PDF), 400, "file-name-has-path");
            assertThat(problem.get("field")).isEqualTo("file");
        }
        assertThat(storedForDraft()).isZero();
    }

    @Test
    void aSixthFileOfADraftIsRefused() {
        for (int i = 1; i <= 5; i++) {
            assertThat(uploadToDraft("图" + i + ".pdf", Uploads.PDF).getStatusCode().value()).isEqualTo(201);
        }
        refused(uploadToDraft("图6.pdf", Uploads.PDF), 409, "too-many-attachments");
        assertThat(storedForDraft()).isEqualTo(5);
        // Removing one makes room again.
        String first = (String) ((List<Map<String, Object>>) as("w1001").getForObject("/api/drafts/{id}", Map.class, draftId)
                .get("attachments")).get(0).get("id");
        assertThat(as("w1001").exchange("/api/drafts/{d}/attachments/{a}", org.springframework.http.HttpMethod.DELETE,
                null, String.class, draftId, first).getStatusCode().value()).isEqualTo(204);
        assertThat(uploadToDraft("图6.pdf", Uploads.PDF).getStatusCode().value()).isEqualTo(201);
        assertThat(storedForDraft()).isEqualTo(5);
    }

    /**
     * After the declaration the aggregate counts: an author adds while SUBMITTED; the sixth is refused
     * by the aggregate and the bytes stored before the command roll back with it.
     */
    @Test
    void aProposalTakesFilesFromItsAuthorsUpToFive() throws Exception {
        for (int i = 1; i <= 4; i++) {
            uploadToDraft("草稿图" + i + ".pdf", Uploads.PDF);
        }
        String proposalId = (String) as("w1001").postForEntity("/api/drafts/{id}/submit", null, Map.class, draftId)
                .getBody().get("proposalId");
        String path = "/api/proposals/" + proposalId + "/attachments";

        // Not an author (another unit's worker, the unit's coordinator): refused by the aggregate, nothing kept.
        refused(Uploads.upload(as("w2001"), path, "x.pdf", Uploads.PDF), 403, "not-author");
        refused(Uploads.upload(as("c1001"), path, "x.pdf", Uploads.PDF), 403, "not-author");
        assertThat(storedForProposal(proposalId)).isEqualTo(4);

        ResponseEntity<Map<String, Object>> fifth = Uploads.upload(as("w1002"), path, "补充照片.png", Uploads.PNG);
        assertThat(fifth.getStatusCode().value()).as(String.valueOf(fifth.getBody())).isEqualTo(201);
        long events = eventCount(proposalId);
        refused(Uploads.upload(as("w1001"), path, "第六个.pdf", Uploads.PDF), 409, "too-many-attachments");
        assertThat(storedForProposal(proposalId)).isEqualTo(5);
        assertThat(eventCount(proposalId)).isEqualTo(events);
        // The other refusals hold after the declaration too.
        refused(Uploads.upload(as("w1001"), path, "x.pdf", Uploads.ELF), 400, "file-type-not-allowed");
        refused(Uploads.upload(as("w1001"), path, "../x.pdf", Uploads.PDF), 400, "file-name-has-path");
        refused(Uploads.upload(as("w1001"), "/api/proposals/no-such-proposal/attachments", "x.pdf", Uploads.PDF),
                404, null);
        assertThat(jdbc.sql("select count(*) from attachment where proposal_id = 'no-such-proposal'")
                .query(Long.class).single()).isZero();

        // The event names the file (id, name, type, size, SHA-256) and holds none of its bytes.
        String added = jdbc.sql("""
                        select convert_from(payload, 'UTF8') from domainevententry
                        where aggregateidentifier = ? and payloadtype = ?""")
                .param(proposalId).param(ADDED).query(String.class).single();
        assertThat(added).contains((String) fifth.getBody().get("id"), "补充照片.png", "image/png",
                sha256(Uploads.PNG), "\"size\":" + Uploads.PNG.length);
        assertThat(added).doesNotContain(Base64.getEncoder().encodeToString(Uploads.PNG), "content");
        String submitted = jdbc.sql("""
                        select convert_from(payload, 'UTF8') from domainevententry
                        where aggregateidentifier = ? and payloadtype = ?""")
                .param(proposalId).param(SUBMITTED).query(String.class).single();
        assertThat(submitted).contains("草稿图4.pdf", sha256(Uploads.PDF))
                .doesNotContain(Base64.getEncoder().encodeToString(Uploads.PDF), "%PDF");
        assertThat(submitted.length()).isLessThan(4000);

        // The read model lists the five, the declared ones first, and the history has the addition.
        Map<String, Object> proposal = await().atMost(Duration.ofSeconds(20)).until(() -> proposal("w1001", proposalId),
                p -> p != null && p.get("attachments") instanceof List<?> listed && listed.size() == 5);
        List<Map<String, Object>> files = (List<Map<String, Object>>) proposal.get("attachments");
        assertThat(files).extracting(f -> f.get("name"))
                .containsExactly("草稿图1.pdf", "草稿图2.pdf", "草稿图3.pdf", "草稿图4.pdf", "补充照片.png");
        assertThat((List<Map<String, Object>>) proposal.get("history")).extracting(h -> h.get("action"))
                .containsExactly("SUBMITTED", "ATTACHMENT_ADDED");
    }

    @Test
    void whoMayReadTheProposalDownloadsItsFilesAndNobodyElse() {
        String fileId = (String) uploadToDraft("工装 \"图\" 1.pdf", Uploads.PDF).getBody().get("id");
        String download = "/api/attachments/" + fileId;
        // While a draft's: its author only, not even the union office.
        assertThat(as("w1001").getForEntity(download, byte[].class).getBody()).isEqualTo(Uploads.PDF);
        for (String other : List.of("w1002", "c1001", "leader", "r0001", "w2001")) {
            assertThat(as(other).getForEntity(download, String.class).getStatusCode().value())
                    .as("draft file as %s", other).isEqualTo(404);
        }
        String proposalId = (String) as("w1001").postForEntity("/api/drafts/{id}/submit", null, Map.class, draftId)
                .getBody().get("proposalId");
        awaitProposalStatus("w1001", proposalId, "SUBMITTED");

        for (String reader : List.of("w1001", "w1002", "c1001", "leader", "r0001", "admin")) {
            ResponseEntity<byte[]> file = as(reader).getForEntity(download, byte[].class);
            assertThat(file.getStatusCode().value()).as("download as %s", reader).isEqualTo(200);
            assertThat(file.getBody()).isEqualTo(Uploads.PDF);
            HttpHeaders headers = file.getHeaders();
            assertThat(headers.getContentType()).hasToString("application/pdf");
            assertThat(headers.getContentLength()).isEqualTo(Uploads.PDF.length);
            assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(headers.getFirst(HttpHeaders.CONTENT_DISPOSITION)).isEqualTo(
                    "attachment; filename=\"__ ___ 1.pdf\"; filename*=UTF-8''%E5%B7%A5%E8%A3%85%20%22%E5%9B%BE%22%201.pdf");
        }
        // A worker and the coordinator of another unit, and a production owner: as if there were no such file.
        for (String outsider : List.of("w2001", "c2001", "owner")) {
            ResponseEntity<String> denied = as(outsider).getForEntity(download, String.class);
            assertThat(denied.getStatusCode().value()).as("download as %s", outsider).isEqualTo(404);
            assertThat(denied.getBody()).contains("urn:wuxiao:problem:attachment-not-found").doesNotContain("%PDF");
        }
        assertThat(http.getForEntity(download, String.class).getStatusCode().value()).isEqualTo(401);
        assertThat(as("w1001").getForEntity("/api/attachments/" + UUID.randomUUID(), String.class)
                .getStatusCode().value()).isEqualTo(404);
        assertThat(as("w1001").getForEntity("/api/attachments/not-a-uuid", String.class)
                .getStatusCode().value()).isEqualTo(404);
    }

    /** A retried upload with the same Idempotency-Key stores the file once and answers the first answer again. */
    @Test
    void aRetriedUploadWithItsIdempotencyKeyIsStoredOnce() {
        HttpHeaders key = new HttpHeaders();
        key.set("Idempotency-Key", "upload-" + UUID.randomUUID());
        String path = "/api/drafts/" + draftId + "/attachments";
        ResponseEntity<Map> first = as("w1001").postForEntity(path, Uploads.form("重试.pdf", Uploads.pdfOfSize(3 * Uploads.MB), key), Map.class);
        ResponseEntity<Map> again = as("w1001").postForEntity(path, Uploads.form("重试.pdf", Uploads.pdfOfSize(3 * Uploads.MB), key), Map.class);
        assertThat(first.getStatusCode().value()).as(String.valueOf(first.getBody())).isEqualTo(201);
        assertThat(again.getStatusCode().value()).isEqualTo(201);
        assertThat(again.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.getBody().get("id")).isEqualTo(first.getBody().get("id"));
        assertThat(storedForDraft()).isEqualTo(1);
        // Another file under the same key is another request.
        ResponseEntity<String> other = as("w1001").postForEntity(path, Uploads.form("重试.pdf", Uploads.PNG, key), String.class);
        assertThat(other.getStatusCode().value()).isEqualTo(422);
        assertThat(storedForDraft()).isEqualTo(1);
    }

    private ResponseEntity<Map<String, Object>> uploadToDraft(String name, byte[] content) {
        return Uploads.upload(as("w1001"), "/api/drafts/" + draftId + "/attachments", name, content);
    }

    private long storedForDraft() {
        return jdbc.sql("select count(*) from attachment where draft_id = ?::uuid").param(draftId)
                .query(Long.class).single();
    }

    private long storedForProposal(String proposalId) {
        return jdbc.sql("select count(*) from attachment where proposal_id = ?").param(proposalId)
                .query(Long.class).single();
    }

    /** A problem document in both languages with the expected status and stable type. */
    private static Map<String, Object> refused(ResponseEntity<Map<String, Object>> response, int status, String code) {
        assertThat(response.getStatusCode().value()).as(String.valueOf(response.getBody())).isEqualTo(status);
        assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
        Map<String, Object> problem = response.getBody();
        if (code != null) {
            assertThat(problem.get("type")).isEqualTo("urn:wuxiao:problem:" + code);
        }
        assertThat((String) problem.get("messageZh")).isNotBlank().containsPattern("\\p{IsHan}");
        assertThat((String) problem.get("messageEn")).isNotBlank().containsPattern("[a-z]{3}");
        return problem;
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content));
    }
}
