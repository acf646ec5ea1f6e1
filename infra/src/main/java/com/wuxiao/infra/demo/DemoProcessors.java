package com.wuxiao.infra.demo;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Waits for the app's event processors (projections, bridges, policies) where a step needs them. */
final class DemoProcessors {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;

    DemoProcessors(EventProcessingConfiguration processing, EventStore eventStore) {
        this.processing = processing;
        this.eventStore = eventStore;
    }

    /** Returns once these processing groups have handled every event stored so far. */
    void awaitCaughtUp(String... processingGroups) {
        TrackingToken headToken = eventStore.createHeadToken();
        long head = headToken == null ? -1 : headToken.position().orElse(-1);
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        List<PooledStreamingEventProcessor> processors = new ArrayList<>();
        for (String group : processingGroups) {
            processors.add(processing.eventProcessor(group, PooledStreamingEventProcessor.class)
                    .orElseThrow(() -> new IllegalStateException("no event processor " + group)));
        }
        for (PooledStreamingEventProcessor processor : processors) {
            while (!caughtUp(processor, head)) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(processor.getName() + " did not catch up with event " + head);
                }
                DemoEngine.pause();
            }
        }
    }

    /**
     * Every streaming event processor of the app, projections and bridges; the command side's
     * subscribing lookups are never behind and have nothing to wait for.
     */
    String[] all() {
        return processing.eventProcessors().entrySet().stream()
                .filter(processor -> processor.getValue() instanceof PooledStreamingEventProcessor)
                .map(Map.Entry::getKey).toArray(String[]::new);
    }

    private static boolean caughtUp(PooledStreamingEventProcessor processor, long head) {
        Map<Integer, EventTrackerStatus> status = processor.processingStatus();
        return !status.isEmpty() && status.values().stream()
                .allMatch(s -> s.getCurrentPosition().orElse(-1) >= head);
    }
}
