package com.wuxiao.infra.demo;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Waits for the app's event processors (projections, bridges, policies) where a step needs them. */
final class DemoProcessors {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private final EventProcessingConfiguration processing;
    private final JdbcClient jdbc;

    DemoProcessors(EventProcessingConfiguration processing, JdbcClient jdbc) {
        this.processing = processing;
        this.jdbc = jdbc;
    }

    /** Returns once these processing groups have handled every event stored so far. */
    void awaitCaughtUp(String... processingGroups) {
        Long head = jdbc.sql("select max(globalindex) from domainevententry").query(Long.class).single();
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        List<PooledStreamingEventProcessor> processors = new ArrayList<>();
        for (String group : processingGroups) {
            processors.add(processing.eventProcessor(group, PooledStreamingEventProcessor.class)
                    .orElseThrow(() -> new IllegalStateException("no event processor " + group)));
        }
        for (PooledStreamingEventProcessor processor : processors) {
            while (!caughtUp(processor, head == null ? -1 : head)) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(processor.getName() + " did not catch up with event " + head);
                }
                DemoEngine.pause();
            }
        }
    }

    /** Every event processor of the app, projections and bridges. */
    String[] all() {
        return processing.eventProcessors().keySet().toArray(String[]::new);
    }

    private static boolean caughtUp(PooledStreamingEventProcessor processor, long head) {
        Map<Integer, EventTrackerStatus> status = processor.processingStatus();
        return !status.isEmpty() && status.values().stream()
                .allMatch(s -> s.getCurrentPosition().orElse(-1) >= head);
    }
}
