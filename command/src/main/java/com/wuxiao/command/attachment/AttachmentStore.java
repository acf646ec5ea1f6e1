package com.wuxiao.command.attachment;

import com.wuxiao.command.attachment.api.StoredAttachment;
import com.wuxiao.command.proposal.api.AttachmentRef;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The attachment table: each file's bytes (bytea) under a server-made UUID, with the draft or the
 * proposal it belongs to. Writes join the caller's transaction, so an upload refused later in it
 * (by the proposal aggregate, say) leaves no row behind.
 */
@Component
public class AttachmentStore {

    private static final String REF_COLUMNS = "id, name, media_type, size, sha256";

    private final JdbcClient jdbc;

    public AttachmentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public AttachmentRef addToDraft(UUID draftId, String uploaderId, CheckedFile file, Instant at) {
        return insert(draftId, null, null, uploaderId, file, at);
    }

    public AttachmentRef addToProposal(String proposalId, String uploaderId, CheckedFile file, Instant at) {
        return insert(null, proposalId, null, uploaderId, file, at);
    }

    /** A receipt of an innovation fund claim (before the claim is submitted, in its transaction). */
    public AttachmentRef addToClaim(String claimId, String uploaderId, CheckedFile file, Instant at) {
        return insert(null, null, claimId, uploaderId, file, at);
    }

    public int countOfDraft(UUID draftId) {
        return jdbc.sql("SELECT count(*) FROM attachment WHERE draft_id = :draft")
                .param("draft", draftId).query(Integer.class).single();
    }

    /** Oldest first, as they were attached. */
    public List<AttachmentRef> ofDraft(UUID draftId) {
        return jdbc.sql("SELECT " + REF_COLUMNS + " FROM attachment WHERE draft_id = :draft ORDER BY created_at, id")
                .param("draft", draftId)
                .query((rs, n) -> new AttachmentRef(rs.getString("id"), rs.getString("name"),
                        rs.getString("media_type"), rs.getLong("size"), rs.getString("sha256")))
                .list();
    }

    public boolean deleteFromDraft(UUID draftId, UUID attachmentId) {
        return jdbc.sql("DELETE FROM attachment WHERE id = :id AND draft_id = :draft")
                .param("id", attachmentId).param("draft", draftId).update() == 1;
    }

    /** A draft's files become the new proposal's (in the transaction that declares it). */
    public void moveDraftToProposal(UUID draftId, String proposalId) {
        jdbc.sql("UPDATE attachment SET draft_id = NULL, proposal_id = :proposal WHERE draft_id = :draft")
                .param("proposal", proposalId).param("draft", draftId).update();
    }

    public Optional<StoredAttachment> find(UUID attachmentId) {
        return jdbc.sql("""
                        SELECT a.id, a.name, a.media_type, a.size, a.sha256, a.content, a.draft_id, a.proposal_id,
                            a.claim_id, a.uploader_id, d.author_id
                        FROM attachment a LEFT JOIN draft d ON d.id = a.draft_id
                        WHERE a.id = :id""")
                .param("id", attachmentId)
                .query((rs, n) -> new StoredAttachment(
                        new AttachmentRef(rs.getString("id"), rs.getString("name"), rs.getString("media_type"),
                                rs.getLong("size"), rs.getString("sha256")),
                        rs.getBytes("content"), rs.getString("draft_id"), rs.getString("author_id"),
                        rs.getString("proposal_id"), rs.getString("claim_id"), rs.getString("uploader_id")))
                .optional();
    }

    private AttachmentRef insert(UUID draftId, String proposalId, String claimId, String uploaderId, CheckedFile file,
                                 Instant at) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO attachment (id, draft_id, proposal_id, claim_id, uploader_id, name, media_type, size,
                            sha256, content, created_at)
                        VALUES (:id, :draft, :proposal, :claim, :uploader, :name, :type, :size, :sha256, :content, :at)""")
                .param("id", id)
                .param("draft", draftId)
                .param("proposal", proposalId)
                .param("claim", claimId)
                .param("uploader", uploaderId)
                .param("name", file.name())
                .param("type", file.mediaType())
                .param("size", file.size())
                .param("sha256", file.sha256())
                .param("content", file.content())
                .param("at", at.atOffset(ZoneOffset.UTC))
                .update();
        return new AttachmentRef(id.toString(), file.name(), file.mediaType(), file.size(), file.sha256());
    }
}
