package com.wuxiao.query.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.wuxiao.query.audit.api.AuditEntry;
import com.wuxiao.query.audit.api.AuditKind;
import com.wuxiao.query.audit.api.AuditTrail;
import com.wuxiao.query.audit.api.AuditTrailPage;
import com.wuxiao.query.audit.api.FindAuditTrailQuery;
import com.wuxiao.query.audit.api.ListAuditTrailQuery;
import com.wuxiao.query.projection.EventColumns;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The audit trail, read from the event store itself (ADR 0017): no projection, so it shows every
 * event ever stored, in the aggregate's own order, and cannot lag behind or disagree with it.
 * <p>
 * It reads from sequence number 0 with {@code readEvents(id, 0)}: {@code readEvents(id)} starts at
 * the latest snapshot (appraisal rounds take one every 100 events) and would hide what came before.
 * A page still reads the whole stream to count it; a payload is deserialized only for the events on
 * the page (Axon deserializes lazily), and an aggregate holds thousands of events at most.
 */
@Component
class AuditTrailQueries {

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    private static final String LABEL = "audit.event.";

    private final EventStore eventStore;
    private final MessageSource messages;
    private final AuditChanges changes;

    AuditTrailQueries(EventStore eventStore, MessageSource messages, ObjectMapper json) {
        this.eventStore = eventStore;
        this.messages = messages;
        this.changes = new AuditChanges(json);
    }

    /** Null when the aggregate has no events or is of another kind. */
    @QueryHandler
    AuditTrailPage handle(FindAuditTrailQuery query) {
        long from = (long) query.page() * query.size();
        Window window = read(query.kind(), query.aggregateId(), from, query.size());
        return window == null ? null : new AuditTrailPage(query.kind(), query.aggregateId(), window.entries,
                query.page(), query.size(), window.total);
    }

    /** Null when the aggregate has no events or is of another kind. */
    @QueryHandler
    AuditTrail handle(ListAuditTrailQuery query) {
        Window window = read(query.kind(), query.aggregateId(), 0, Long.MAX_VALUE);
        return window == null ? null : new AuditTrail(query.kind(), query.aggregateId(), window.entries);
    }

    private record Window(List<AuditEntry> entries, long total) {
    }

    private Window read(AuditKind kind, String aggregateId, long from, long size) {
        DomainEventStream stream = eventStore.readEvents(aggregateId, 0L);
        List<AuditEntry> entries = new ArrayList<>();
        long total = 0;
        while (stream.hasNext()) {
            DomainEventMessage<?> event = stream.next();
            // The first event tells the aggregate's type; an id is unique over all aggregate types.
            if (total == 0 && !kind.aggregateType().equals(event.getType())) {
                return null;
            }
            if (total >= from && total - from < size) {
                entries.add(entry(kind, aggregateId, event));
            }
            total++;
        }
        return total == 0 ? null : new Window(entries, total);
    }

    private AuditEntry entry(AuditKind kind, String aggregateId, DomainEventMessage<?> event) {
        Object payload = event.getPayload();
        String type = payload.getClass().getSimpleName();
        return new AuditEntry(event.getSequenceNumber(), EventColumns.recordedAt(event), type,
                label(type, ZH), label(type, Locale.ENGLISH), AuditActors.actorOf(payload),
                changes.of(payload, kind.idField(), aggregateId));
    }

    /** The type's name when the bundles lack it: a trail is still worth reading without the label. */
    private String label(String type, Locale locale) {
        return messages.getMessage(LABEL + type, null, type, locale);
    }
}
