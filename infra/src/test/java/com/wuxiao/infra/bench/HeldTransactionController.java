package com.wuxiao.infra.bench;

import com.wuxiao.command.competition.CompetitionCalendar;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.context.annotation.Profile;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The two-node run's slow writer (issue 12.5): one proposal's submission appended in a transaction
 * that stays open for a while before it commits. Its event takes its global index when appended, so
 * events committed meanwhile by others pass it: the processors see a gap there and must wait for it
 * (up to Axon's gap timeout) instead of skipping the event. Bench profile, test classpath only.
 */
@RestController
@Profile("bench")
@RequestMapping("/api/bench")
class HeldTransactionController {

    private final EventStore eventStore;
    private final TransactionTemplate transactions;
    private final Clock clock;

    HeldTransactionController(EventStore eventStore, TransactionTemplate transactions, Clock clock) {
        this.eventStore = eventStore;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Appends the submission of {@code proposalId} by {@code workerId} and commits {@code seconds} later. */
    @PostMapping("/held-transaction")
    String hold(@RequestParam String proposalId, @RequestParam String workerId, @RequestParam String unitId,
                @RequestParam int seconds) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, CompetitionCalendar.ZONE);
        transactions.executeWithoutResult(status -> {
            eventStore.publish(SyntheticEventsController.submitted(proposalId, workerId, unitId, now.toEpochMilli(), now,
                    today.getYear(), today.getMonthValue()));
            try {
                Thread.sleep(seconds * 1_000L);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while holding the transaction", e);
            }
        });
        return proposalId;
    }
}
