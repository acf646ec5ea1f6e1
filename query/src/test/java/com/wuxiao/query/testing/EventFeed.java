package com.wuxiao.query.testing;

import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Feeds a projection the way its processor does: each event as a domain event of its aggregate
 * with the next sequence number, remembering every message so that a test can redeliver or
 * replay them.
 */
public final class EventFeed {

    private final AnnotationEventHandlerAdapter adapter;
    private final Map<String, Long> sequences = new HashMap<>();
    private final List<DomainEventMessage<?>> delivered = new ArrayList<>();

    private final String aggregateType;

    public EventFeed(Object projection, String aggregateType) {
        this.adapter = new AnnotationEventHandlerAdapter(projection);
        this.aggregateType = aggregateType;
    }

    /** Publishes the event as the next one of the aggregate and returns its message. */
    public DomainEventMessage<?> publish(String aggregateId, Object event) {
        long sequence = sequences.merge(aggregateId, 0L, (last, zero) -> last + 1);
        DomainEventMessage<?> message = new GenericDomainEventMessage<>(aggregateType, aggregateId, sequence, event);
        delivered.add(message);
        deliver(message);
        return message;
    }

    /** An event of the aggregate the projection does not handle (e.g. points), taking a sequence number. */
    public void skip(String aggregateId) {
        sequences.merge(aggregateId, 0L, (last, zero) -> last + 1);
    }

    public void deliver(DomainEventMessage<?> message) {
        try {
            adapter.handle(message);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public List<DomainEventMessage<?>> delivered() {
        return List.copyOf(delivered);
    }
}
