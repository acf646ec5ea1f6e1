package com.wuxiao.query.projection;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** What the projections write of an event besides its payload. */
public final class EventColumns {

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

    /** A TIMESTAMPTZ parameter (in UTC); null stays null. */
    public static OffsetDateTime time(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
