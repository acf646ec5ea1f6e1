package com.wuxiao.query.projection;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** What the projections write of an event besides its payload. */
public final class EventColumns {

    /**
     * The metadata key of the instant the event was recorded by the app's one clock (the demo year's
     * clock while it loads); infra stamps every event with it. Axon's own timestamp stays the system
     * time, which its gap detection reads.
     */
    public static final String RECORDED_AT = "recordedAt";

    private EventColumns() {
    }

    /**
     * The event's sequence number in its aggregate: projections apply only an event newer than the
     * last one they applied to a row, which makes redelivery harmless.
     *
     * @throws IllegalStateException for an event no aggregate applied
     */
    public static long sequenceOf(EventMessage<?> message) {
        if (message instanceof DomainEventMessage<?> domainEvent) {
            return domainEvent.getSequenceNumber();
        }
        throw new IllegalStateException("expected a domain event of an aggregate, got " + message);
    }

    /**
     * When the union office came to know what the event says: its {@link #RECORDED_AT} metadata, or
     * for an event from before that stamp its timestamp (then the same clock).
     */
    public static Instant recordedAt(EventMessage<?> message) {
        Object recorded = message.getMetaData().get(RECORDED_AT);
        return recorded == null ? message.getTimestamp() : Instant.parse(recorded.toString());
    }

    /** {@link #recordedAt} as a TIMESTAMPTZ parameter: the time the as-of answers compare. */
    public static OffsetDateTime recorded(EventMessage<?> message) {
        return time(recordedAt(message));
    }

    /** A TIMESTAMPTZ parameter (in UTC); null stays null. */
    public static OffsetDateTime time(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
