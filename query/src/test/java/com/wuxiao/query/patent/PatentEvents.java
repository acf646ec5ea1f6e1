package com.wuxiao.query.patent;

import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Feeds the patent projection the way its processor does: each event as a domain event of its
 * case with the next sequence number, remembering every message so that a test can redeliver or
 * replay them.
 */
final class PatentEvents {

    private final AnnotationEventHandlerAdapter adapter;
    private final Map<String, Long> sequences = new HashMap<>();
    private final List<DomainEventMessage<?>> delivered = new ArrayList<>();

    PatentEvents(PatentProjection projection) {
        this.adapter = new AnnotationEventHandlerAdapter(projection);
    }

    /** Publishes the event as the next one of the aggregate and returns its message. */
    DomainEventMessage<?> publish(String aggregateId, Object event) {
        long sequence = sequences.merge(aggregateId, 0L, (last, zero) -> last + 1);
        DomainEventMessage<?> message = new GenericDomainEventMessage<>("PatentCase", aggregateId, sequence, event);
        delivered.add(message);
        deliver(message);
        return message;
    }

    /** An event of the aggregate the projection does not handle (e.g. points), taking a sequence number. */
    void skip(String aggregateId) {
        sequences.merge(aggregateId, 0L, (last, zero) -> last + 1);
    }

    void deliver(DomainEventMessage<?> message) {
        try {
            adapter.handle(message);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    List<DomainEventMessage<?>> delivered() {
        return List.copyOf(delivered);
    }
}
