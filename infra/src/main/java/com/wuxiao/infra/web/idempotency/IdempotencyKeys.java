package com.wuxiao.infra.web.idempotency;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/**
 * The {@code idempotency_key} table. Every method runs on the caller's transaction (JdbcClient joins
 * Spring's), which is the point: the claim, the command's events and the stored answer commit or
 * roll back together.
 */
@Component
public class IdempotencyKeys {

    private final JdbcClient jdbc;

    IdempotencyKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A key a user has used before: what was asked then and what was answered. */
    record Remembered(RequestFingerprint fingerprint, StoredResponse response) {
    }

    /**
     * Claims the key for this request, taking over a row that expired before {@code expiredBefore}.
     * False if the key is taken; while another transaction holds a fresh claim on it this waits (on the
     * primary key) until that one commits or rolls back.
     */
    boolean claim(String userId, String key, RequestFingerprint fingerprint, Instant now, Instant expiredBefore) {
        int claimed = jdbc.sql("""
                        insert into idempotency_key (user_id, idempotency_key, request_method, request_path,
                                                     request_body_sha256, created_at)
                        values (:user, :key, :method, :path, :sha, :now)
                        on conflict (user_id, idempotency_key) do update
                            set request_method = excluded.request_method, request_path = excluded.request_path,
                                request_body_sha256 = excluded.request_body_sha256, response_status = null,
                                response_content_type = null, response_location = null, response_body = null,
                                created_at = excluded.created_at
                            where idempotency_key.created_at < :expiredBefore""")
                .param("user", userId).param("key", key)
                .param("method", fingerprint.method()).param("path", fingerprint.path())
                .param("sha", fingerprint.bodySha256())
                .param("now", Timestamp.from(now)).param("expiredBefore", Timestamp.from(expiredBefore))
                .update();
        return claimed == 1;
    }

    /** Stores the answer on the key this transaction has claimed. */
    void remember(String userId, String key, StoredResponse response) {
        jdbc.sql("""
                        update idempotency_key
                        set response_status = :status, response_content_type = :contentType,
                            response_location = :location, response_body = :body
                        where user_id = :user and idempotency_key = :key""")
                .param("status", response.status()).param("contentType", response.contentType())
                .param("location", response.location()).param("body", response.body())
                .param("user", userId).param("key", key)
                .update();
    }

    /** The key's committed row (only successful answers are ever committed). */
    Optional<Remembered> find(String userId, String key) {
        return jdbc.sql("""
                        select request_method, request_path, request_body_sha256, response_status,
                               response_content_type, response_location, response_body
                        from idempotency_key where user_id = :user and idempotency_key = :key""")
                .param("user", userId).param("key", key)
                .query((rs, row) -> new Remembered(
                        new RequestFingerprint(rs.getString("request_method"), rs.getString("request_path"),
                                rs.getString("request_body_sha256")),
                        new StoredResponse(rs.getInt("response_status"), rs.getString("response_content_type"),
                                rs.getString("response_location"), rs.getBytes("response_body"))))
                .optional();
    }

    /** Deletes the keys created before {@code expiredBefore}; the number deleted. */
    public int deleteExpired(Instant expiredBefore) {
        return jdbc.sql("delete from idempotency_key where created_at < :expiredBefore")
                .param("expiredBefore", Timestamp.from(expiredBefore))
                .update();
    }
}
