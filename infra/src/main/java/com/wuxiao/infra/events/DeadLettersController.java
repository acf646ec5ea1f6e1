package com.wuxiao.infra.events;

import com.wuxiao.command.common.api.RuleViolation;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcDeadLetter;
import org.axonframework.messaging.deadletter.Cause;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.GenericDeadLetter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the event processors parked and why, and their retry once the cause is fixed, for the
 * administrator (the security configuration keeps {@code /api/admin/**} to the ADMIN role): every
 * processing group's dead letters, the most recently parked first. Read through Axon's queues, so
 * the list shows what {@link DeadLetterRetry} sees.
 */
@RestController
@RequestMapping("/api/admin/dead-letters")
@Tag(name = "运维 Operations", description = "事件处理的死信 / events the processors could not handle")
public class DeadLettersController {

    static final int MAX_SIZE = 100;

    private final EventProcessingConfiguration processing;
    private final DeadLetterRetry retry;

    public DeadLettersController(EventProcessingConfiguration processing, DeadLetterRetry retry) {
        this.processing = processing;
        this.retry = retry;
    }

    @PostMapping("/retry")
    @Operation(summary = "重试死信 / retry parked events",
            description = "按顺序重新处理一个处理组（不指定则全部）暂存的事件，含聚合拒绝的；仍失败的留在队列 / "
                          + "hands the parked sequences of one processing group (or of all) to their handlers again, "
                          + "in order, those an aggregate refused included; a sequence that fails again stays parked")
    @ApiResponse(responseCode = "200", description = "sequences handled per group, and how many events are still parked")
    @ApiResponse(responseCode = "404", description = "no processing group of that name with a dead-letter queue")
    public RetriedDeadLetters retry(@RequestParam(required = false) String group) {
        List<String> groups = processing.eventProcessors().keySet().stream()
                .filter(name -> processing.deadLetterQueue(name).isPresent())
                .filter(name -> group == null || name.equals(group)).sorted().toList();
        if (groups.isEmpty()) {
            throw RuleViolation.notFound("processing-group-not-found", group);
        }
        Map<String, Integer> handled = new LinkedHashMap<>();
        groups.forEach(name -> handled.put(name, retry.retryAsked(name)));
        long stillParked = groups.stream()
                .mapToLong(name -> processing.deadLetterQueue(name).orElseThrow().amountOfSequences()).sum();
        return new RetriedDeadLetters(handled, stillParked);
    }

    @GetMapping
    @Operation(summary = "列出死信 / list parked events",
            description = "各处理组暂存的事件及原因；聚合拒绝的命令带规则代码和中英文说明 / "
                          + "parked events with their cause; a command an aggregate refused carries the rule's code and message")
    @ApiResponse(responseCode = "200", description = "one page of parked events, the most recently parked first")
    @ApiResponse(responseCode = "400", description = "page < 0 or size outside 1..100")
    public ParkedEventPage list(@RequestParam(defaultValue = "0") int page,
                                @RequestParam(defaultValue = "20") int size) {
        if (page < 0 || size < 1 || size > MAX_SIZE) {
            throw RuleViolation.invalid("bad-page", page < 0 ? "page" : "size", 100);
        }
        List<ParkedEvent> parked = new ArrayList<>();
        for (String group : processing.eventProcessors().keySet()) {
            processing.deadLetterQueue(group).ifPresent(queue -> queue.deadLetters()
                    .forEach(sequence -> sequence.forEach(letter -> parked.add(view(group, letter)))));
        }
        parked.sort(Comparator.comparing(ParkedEvent::enqueuedAt).reversed());
        List<ParkedEvent> items = parked.stream().skip((long) page * size).limit(size).toList();
        return new ParkedEventPage(items, page, size, parked.size());
    }

    private static ParkedEvent view(String group, DeadLetter<? extends EventMessage<?>> letter) {
        EventMessage<?> event = letter.message();
        String aggregateId = event instanceof DomainEventMessage<?> domainEvent ? domainEvent.getAggregateIdentifier() : null;
        return new ParkedEvent(group, sequenceOf(letter),
                event.getPayloadType().getSimpleName(), event.getIdentifier(), aggregateId,
                letter.cause().map(Cause::type).orElse(null), letter.cause().map(Cause::message).orElse(null),
                DeadLetterPolicy.diagnostic(letter.diagnostics(), DeadLetterPolicy.CODE).orElse(null),
                DeadLetterPolicy.diagnostic(letter.diagnostics(), DeadLetterPolicy.MESSAGE_ZH).orElse(null),
                DeadLetterPolicy.diagnostic(letter.diagnostics(), DeadLetterPolicy.MESSAGE_EN).orElse(null),
                letter.enqueuedAt(), letter.lastTouched());
    }

    /** Axon's letters know their sequence, its interface does not. */
    private static String sequenceOf(DeadLetter<?> letter) {
        if (letter instanceof JdbcDeadLetter<?> stored) {
            return stored.getSequenceIdentifier();
        }
        return letter instanceof GenericDeadLetter<?> generic ? String.valueOf(generic.getSequenceIdentifier()) : null;
    }
}
