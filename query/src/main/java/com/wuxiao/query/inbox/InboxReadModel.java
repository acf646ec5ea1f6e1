package com.wuxiao.query.inbox;

import com.wuxiao.query.inbox.api.InboxItem;
import com.wuxiao.query.inbox.api.InboxKind;
import com.wuxiao.query.inbox.api.InboxPage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Reads of the inbox tables and the users' read marks. The marks live in inbox_read, apart from the
 * notifications the projection writes, so a rebuild of the projection keeps them (see V22__inbox.sql).
 */
@Component
class InboxReadModel {

    private static final String READ = "EXISTS (SELECT 1 FROM inbox_read r WHERE r.notification_id = n.id)";

    private final JdbcClient jdbc;

    InboxReadModel(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    InboxPage page(String recipientId, boolean unreadOnly, int page, int size) {
        String where = " WHERE n.recipient_id = :recipient" + (unreadOnly ? " AND NOT " + READ : "");
        long total = jdbc.sql("SELECT count(*) FROM inbox_notification n" + where)
                .param("recipient", recipientId).query(Long.class).single();
        List<InboxItem> items = total <= (long) page * size ? List.of()
                : jdbc.sql("SELECT n.*, " + READ + " AS is_read FROM inbox_notification n" + where
                           + " ORDER BY n.occurred_at DESC, n.event_seq DESC, n.id LIMIT :limit OFFSET :offset")
                .param("recipient", recipientId)
                .param("limit", size)
                .param("offset", (long) page * size)
                .query((rs, n) -> item(rs))
                .list();
        return new InboxPage(items, page, size, total, unread(recipientId));
    }

    long unread(String recipientId) {
        return jdbc.sql("SELECT count(*) FROM inbox_notification n WHERE n.recipient_id = :recipient AND NOT " + READ)
                .param("recipient", recipientId).query(Long.class).single();
    }

    /** @return false if the recipient has no such notification */
    boolean markRead(String recipientId, UUID id, Instant at) {
        boolean mine = jdbc.sql("SELECT count(*) FROM inbox_notification WHERE id = :id AND recipient_id = :recipient")
                .param("id", id).param("recipient", recipientId).query(Long.class).single() > 0;
        if (mine) {
            jdbc.sql("""
                            INSERT INTO inbox_read (notification_id, recipient_id, read_at) VALUES (:id, :recipient, :at)
                            ON CONFLICT DO NOTHING""")
                    .param("id", id).param("recipient", recipientId).param("at", OffsetDateTime.ofInstant(at, java.time.ZoneOffset.UTC))
                    .update();
        }
        return mine;
    }

    /** @return how many were unread */
    int markAllRead(String recipientId, Instant at) {
        return jdbc.sql("""
                        INSERT INTO inbox_read (notification_id, recipient_id, read_at)
                        SELECT n.id, n.recipient_id, :at FROM inbox_notification n WHERE n.recipient_id = :recipient
                        ON CONFLICT DO NOTHING""")
                .param("recipient", recipientId).param("at", OffsetDateTime.ofInstant(at, java.time.ZoneOffset.UTC))
                .update();
    }

    private static InboxItem item(ResultSet rs) throws SQLException {
        InboxKind kind = InboxKind.valueOf(rs.getString("kind"));
        List<String> args = Arrays.asList((String[]) rs.getArray("args").getArray());
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i < kind.params().size() && i < args.size(); i++) {
            params.put(kind.params().get(i).name(), args.get(i));
        }
        return new InboxItem(rs.getObject("id", UUID.class), kind, kind.messageKey(), rs.getString("proposal_id"),
                args.isEmpty() ? null : args.get(0), List.copyOf(args), params, null,
                rs.getObject("occurred_at", OffsetDateTime.class).toInstant(), rs.getBoolean("is_read"));
    }
}
