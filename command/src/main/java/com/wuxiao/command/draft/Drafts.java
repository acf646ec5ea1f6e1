package com.wuxiao.command.draft;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The draft table. Every read and write names the author: a draft of someone else is, for these
 * methods, no draft at all.
 */
@Component
class Drafts {

    /** A draft row as stored. */
    record Draft(UUID id, String authorId, DraftContent content, Instant createdAt, Instant updatedAt) {
    }

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    Drafts(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    UUID create(String authorId, DraftContent content, Instant at) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO draft (id, author_id, content, created_at, updated_at)
                        VALUES (:id, :author, CAST(:content AS jsonb), :at, :at)""")
                .param("id", id)
                .param("author", authorId)
                .param("content", write(content))
                .param("at", timestamp(at))
                .update();
        return id;
    }

    /** Serialises an author's new drafts, so that the per-author cap holds under concurrent saves. */
    int countLocked(String authorId) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('draft:' || :author))").param("author", authorId)
                .query().listOfRows();
        return jdbc.sql("SELECT count(*) FROM draft WHERE author_id = :author").param("author", authorId)
                .query(Integer.class).single();
    }

    Optional<Draft> find(UUID id, String authorId) {
        return jdbc.sql("SELECT * FROM draft WHERE id = :id AND author_id = :author")
                .param("id", id).param("author", authorId)
                .query((rs, n) -> draft(rs)).optional();
    }

    /** The draft, locked until the transaction ends: uploads and the submission of one draft take turns. */
    Optional<Draft> lock(UUID id, String authorId) {
        return jdbc.sql("SELECT * FROM draft WHERE id = :id AND author_id = :author FOR UPDATE")
                .param("id", id).param("author", authorId)
                .query((rs, n) -> draft(rs)).optional();
    }

    boolean replace(UUID id, String authorId, DraftContent content, Instant at) {
        return jdbc.sql("""
                        UPDATE draft SET content = CAST(:content AS jsonb), updated_at = :at
                        WHERE id = :id AND author_id = :author""")
                .param("id", id).param("author", authorId)
                .param("content", write(content)).param("at", timestamp(at))
                .update() == 1;
    }

    void touch(UUID id, Instant at) {
        jdbc.sql("UPDATE draft SET updated_at = :at WHERE id = :id").param("id", id).param("at", timestamp(at)).update();
    }

    /** Deletes the draft; its attachment rows go with it (ON DELETE CASCADE). */
    boolean delete(UUID id, String authorId) {
        return jdbc.sql("DELETE FROM draft WHERE id = :id AND author_id = :author")
                .param("id", id).param("author", authorId).update() == 1;
    }

    long count(String authorId) {
        return jdbc.sql("SELECT count(*) FROM draft WHERE author_id = :author").param("author", authorId)
                .query(Long.class).single();
    }

    List<DraftSummary> page(String authorId, int page, int size) {
        return jdbc.sql("""
                        SELECT d.id, d.content ->> 'title' AS title, d.created_at, d.updated_at,
                            (SELECT count(*) FROM attachment a WHERE a.draft_id = d.id) AS attachments
                        FROM draft d WHERE d.author_id = :author
                        ORDER BY d.updated_at DESC, d.id DESC LIMIT :limit OFFSET :offset""")
                .param("author", authorId)
                .param("limit", size)
                .param("offset", (long) page * size)
                .query((rs, n) -> new DraftSummary(rs.getString("id"), rs.getString("title"), rs.getInt("attachments"),
                        instant(rs, "created_at"), instant(rs, "updated_at")))
                .list();
    }

    private Draft draft(ResultSet rs) throws SQLException {
        return new Draft(rs.getObject("id", UUID.class), rs.getString("author_id"), read(rs.getString("content")),
                instant(rs, "created_at"), instant(rs, "updated_at"));
    }

    private String write(DraftContent content) {
        try {
            return json.writeValueAsString(content);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a draft's content is always writable as JSON", e);
        }
    }

    private DraftContent read(String content) {
        try {
            return json.readValue(content, DraftContent.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored draft no longer reads", e);
        }
    }

    private static OffsetDateTime timestamp(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }
}
