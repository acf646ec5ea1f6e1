package com.wuxiao.infra.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Serializer;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * What an operator watches besides Spring's own request, JVM and connection-pool metrics (see
 * docs/performance.md): how far each event processor is behind the event store, how many of its
 * segments this node holds, what it parked as dead letters, and Camunda's due and failed jobs and
 * open incidents. Read when scraped; a reading that needs the database is taken at most once a
 * second, however many gauges share it (the gauges hold their readings strongly: Micrometer's
 * default, a weak reference, would lose them to the garbage collector).
 * <p>
 * The lag is read from the token table, so every node reports the same figure for a processor,
 * stopped ones included; the segments are this node's, so with two nodes they add up to the
 * processor's segment count and show how the nodes share the work.
 */
@Component
class OperationsMetrics {

    private static final Duration FRESH = Duration.ofSeconds(1);

    private final MeterRegistry registry;
    private final EventProcessingConfiguration processing;
    private final CommandExecutor camunda;
    private final ProcessEngine engine;
    private final Reading<Long> head;
    private final Reading<Map<String, Long>> positions;

    OperationsMetrics(MeterRegistry registry, EventProcessingConfiguration processing, EventStore eventStore,
                      ProcessEngine engine, JdbcClient jdbc, @Qualifier("serializer") Serializer serializer) {
        this.registry = registry;
        this.processing = processing;
        this.engine = engine;
        this.camunda = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .getCommandExecutorTxRequired();
        this.head = new Reading<>(FRESH, () -> TokenPositions.position(eventStore.createHeadToken()));
        TokenPositions tokens = new TokenPositions(jdbc, serializer);
        this.positions = new Reading<>(FRESH, tokens::oldest);
    }

    /** Once the processors exist; before the demo year's load, so that its progress can be watched. */
    @EventListener(ApplicationStartedEvent.class)
    void register() {
        processing.eventProcessors().forEach((name, processor) -> {
            if (processor instanceof PooledStreamingEventProcessor streaming) {
                Gauge.builder("wuxiao.processor.lag", name, this::lag).tag("processor", name).baseUnit("events")
                        .strongReference(true).description("Events stored after its least advanced segment's position")
                        .register(registry);
                Gauge.builder("wuxiao.processor.segments", streaming, p -> p.processingStatus().size())
                        .tag("processor", name).description("Segments of the processor this node holds")
                        .register(registry);
            }
            processing.deadLetterQueue(name).ifPresent(queue -> Gauge.builder("wuxiao.processor.dead.letters",
                            new Reading<>(FRESH, queue::size), Reading::number)
                    .strongReference(true).tag("processor", name).baseUnit("events").description("Events the processor parked")
                    .register(registry));
        });
        camundaGauge("wuxiao.camunda.jobs.due", "Jobs due for the job executor",
                () -> engine.getManagementService().createJobQuery().executable().count());
        camundaGauge("wuxiao.camunda.jobs.failed", "Jobs without retries left (an incident each)",
                () -> engine.getManagementService().createJobQuery().noRetriesLeft().count());
        camundaGauge("wuxiao.camunda.incidents", "Open incidents (Cockpit shows them)",
                () -> engine.getRuntimeService().createIncidentQuery().count());
    }

    /** NaN until the processor has a token, or when the database cannot be read. */
    private double lag(String processor) {
        Optional<Long> oldest = positions.get().map(all -> all.get(processor));
        Optional<Long> stored = head.get();
        if (oldest.isEmpty() || stored.isEmpty()) {
            return Double.NaN;
        }
        return Math.max(0, stored.get() - oldest.get());
    }

    /** Camunda's counts as the engine has them, whoever is logged in on the scraping request. */
    private void camundaGauge(String name, String description, Callable<Long> count) {
        Reading<Long> reading = new Reading<>(FRESH,
                () -> camunda.execute(context -> context.runWithoutAuthorization(count)));
        Gauge.builder(name, reading, Reading::number).strongReference(true).description(description).register(registry);
    }
}
