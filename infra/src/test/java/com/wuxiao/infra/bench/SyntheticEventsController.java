package com.wuxiao.infra.bench;

import com.wuxiao.command.common.api.PointsEarnedEvent;
import com.wuxiao.command.common.api.PointsReason;
import com.wuxiao.command.competition.CompetitionCalendar;
import com.wuxiao.command.competition.api.ReviewDeadlines;
import com.wuxiao.command.proposal.api.Author;
import com.wuxiao.command.proposal.api.ProposalAcceptedEvent;
import com.wuxiao.command.proposal.api.ProposalContent;
import com.wuxiao.command.proposal.api.ProposalSubmittedEvent;
import com.wuxiao.command.proposal.api.ProposalType;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.springframework.context.annotation.Profile;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The replay and query benchmark's data (issue 12, 1.6–1.7): proposals of the current year declared
 * by many workers of many units, every fourth accepted with its points, appended through the app's
 * own event store and serializer as the {@code Proposal} aggregate's events. The processes'
 * bridge and the duplicate check are paused meanwhile and moved past the synthetic events afterwards:
 * a million monthly reviews are not what the benchmark measures. Bench profile, test classpath only.
 */
@RestController
@Profile("bench")
@RequestMapping("/api/bench")
class SyntheticEventsController {

    /** Processors that must not see the synthetic events: they start processes or compare texts. */
    static final List<String> SKIPPING = List.of("monthly-review-bridge", "proposal-duplicates");
    private static final List<String> CATEGORIES = List.of("JJKF", "JDYS", "TFAQ", "CMJS", "DZCL", "XXH");
    private static final int BATCH = 1_000;

    private final EventStore eventStore;
    private final EventProcessingConfiguration processing;
    private final TokenStore tokenStore;
    private final TransactionTemplate transactions;
    private final Clock clock;

    SyntheticEventsController(EventStore eventStore, EventProcessingConfiguration processing, TokenStore tokenStore,
                              TransactionTemplate transactions, Clock clock) {
        this.eventStore = eventStore;
        this.processing = processing;
        this.tokenStore = tokenStore;
        this.transactions = transactions;
        this.clock = clock;
    }

    @PostMapping("/synthetic-events/pause")
    void pause() {
        SKIPPING.forEach(name -> processor(name).shutDown());
    }

    /** Appends proposals {@code from} … {@code from + count - 1}; the number of events appended. */
    @PostMapping("/synthetic-events")
    long append(@RequestParam long from, @RequestParam int count, @RequestParam int workers, @RequestParam int units) {
        List<EventMessage<?>> batch = new ArrayList<>();
        long appended = 0;
        for (long i = from; i < from + count; i++) {
            batch.addAll(proposal(i, workers, units));
            if (batch.size() >= BATCH || i == from + count - 1) {
                List<EventMessage<?>> events = List.copyOf(batch);
                transactions.executeWithoutResult(status -> eventStore.publish(events));
                appended += events.size();
                batch.clear();
            }
        }
        return appended;
    }

    /** The paused processors go on from the head: they never see the synthetic events. */
    @PostMapping("/synthetic-events/resume")
    void resume() {
        TrackingToken head = eventStore.createHeadToken();
        for (String name : SKIPPING) {
            transactions.executeWithoutResult(status -> {
                for (int segment : tokenStore.fetchSegments(name)) {
                    tokenStore.storeToken(head, name, segment);
                    tokenStore.releaseClaim(name, segment);
                }
            });
            processor(name).start();
        }
    }

    /** Every projection rebuilt from the first event: their tokens reset, their tables cleared. */
    @PostMapping("/replay")
    List<String> replay() {
        List<String> replayed = processing.eventProcessors().keySet().stream()
                .filter(name -> name.endsWith("-projection")).sorted().toList();
        for (String name : replayed) {
            StreamingEventProcessor processor = processor(name);
            processor.shutDown();
            processor.resetTokens();
            processor.start();
        }
        return replayed;
    }

    private StreamingEventProcessor processor(String name) {
        return processing.eventProcessor(name, StreamingEventProcessor.class)
                .orElseThrow(() -> new IllegalArgumentException("no streaming processor " + name));
    }

    private List<EventMessage<?>> proposal(long i, int workers, int units) {
        String proposalId = String.format("syn-%07d", i);
        int workerIndex = (int) ((i * 7_919) % workers);
        // The first synthetic worker is the demo's w1001, so "my proposals" has a real login to ask.
        String workerId = workerIndex == 0 ? "w1001" : String.format("s%06d", workerIndex);
        String unitId = String.format("U%03d", workerIndex % units);
        LocalDate today = LocalDate.now(clock.withZone(CompetitionCalendar.ZONE));
        int month = 1 + (int) (i % today.getMonthValue());
        Instant submittedAt = ZonedDateTime.of(today.getYear(), month, 1 + (int) (i % 28), 9, 0, 0, 0,
                CompetitionCalendar.ZONE).toInstant();
        List<EventMessage<?>> events = new ArrayList<>();
        events.add(submitted(proposalId, workerId, unitId, i, submittedAt, today.getYear(), month));
        if (i % 4 == 0) {
            Instant acceptedAt = submittedAt.plusSeconds(3 * 86_400);
            events.add(event(proposalId, 1, acceptedAt, new ProposalAcceptedEvent(proposalId, "c1001", 1, "同意",
                    acceptedAt, Map.of(workerId, unitId))));
            events.add(event(proposalId, 2, acceptedAt, new PointsEarnedEvent(proposalId, proposalId, unitId, workerId,
                    unitId, PointsReason.ACCEPTED, 100, new BigDecimal("2.00"), acceptedAt)));
        }
        return events;
    }

    /** A proposal's first event, as {@code ProposalCommandHandler} would store it; {@code i} varies its text. */
    static EventMessage<?> submitted(String proposalId, String workerId, String unitId, long i, Instant at, int year,
                                     int month) {
        ProposalContent content = new ProposalContent("合成提案 " + i + " 设备改进", ProposalType.values()[(int) (i % 5)],
                CATEGORIES.get((int) (i % CATEGORIES.size())), "问题描述 " + i, "解决方案 " + i,
                new BigDecimal(1_000 + i % 100_000), "安全效益", new BigDecimal(100 + i % 5_000));
        return event(proposalId, 0, at, new ProposalSubmittedEvent(proposalId, workerId, unitId, content,
                List.of(new Author(workerId, 100)), null, year, month, at, ReviewDeadlines.defaults()));
    }

    private static EventMessage<?> event(String proposalId, long sequence, Instant at, Object payload) {
        return new GenericDomainEventMessage<>("Proposal", proposalId, sequence, payload, MetaData.emptyInstance(),
                UUID.randomUUID().toString(), at);
    }
}
