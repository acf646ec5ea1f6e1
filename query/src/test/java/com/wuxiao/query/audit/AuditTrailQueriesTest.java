package com.wuxiao.query.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.wuxiao.command.common.api.PointsEarnedEvent;
import com.wuxiao.command.common.api.PointsReason;
import com.wuxiao.command.competition.api.ReviewDeadlines;
import com.wuxiao.command.proposal.api.Author;
import com.wuxiao.command.proposal.api.ProposalAcceptedEvent;
import com.wuxiao.command.proposal.api.ProposalContent;
import com.wuxiao.command.proposal.api.ProposalSubmittedEvent;
import com.wuxiao.command.proposal.api.ProposalType;
import com.wuxiao.query.audit.api.AuditChange;
import com.wuxiao.query.audit.api.AuditEntry;
import com.wuxiao.query.audit.api.AuditKind;
import com.wuxiao.query.audit.api.AuditTrail;
import com.wuxiao.query.audit.api.AuditTrailPage;
import com.wuxiao.query.audit.api.FindAuditTrailQuery;
import com.wuxiao.query.audit.api.ListAuditTrailQuery;
import com.wuxiao.command.common.api.RuleViolation;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The handler over Axon's own event store (in memory here; the integration test runs it on PostgreSQL). */
class AuditTrailQueriesTest {

    private static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");
    private static final ProposalContent CONTENT = new ProposalContent("链条张紧", ProposalType.INNOVATION, "JDYS",
            "问题", "方案", new BigDecimal("1000"), null, new BigDecimal("10"));

    private final EmbeddedEventStore store = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine()).build();
    private final StaticMessageSource messages = new StaticMessageSource();
    private final AuditTrailQueries queries =
            new AuditTrailQueries(store, messages, new ObjectMapper().findAndRegisterModules());

    @AfterEach
    void shutDown() {
        store.shutDown();
    }

    @Test
    void everyEventInOrderWithTimeActorLabelAndFieldsButTheId() {
        messages.addMessage("audit.event.ProposalSubmittedEvent", Locale.SIMPLIFIED_CHINESE, "提交申报");
        messages.addMessage("audit.event.ProposalSubmittedEvent", Locale.ENGLISH, "proposal submitted");
        declaredAcceptedAndPointed("P-1");

        AuditTrail trail = queries.handle(new ListAuditTrailQuery(AuditKind.PROPOSALS, "P-1"));

        assertThat(trail.items()).extracting(AuditEntry::sequenceNumber).containsExactly(0L, 1L, 2L, 3L);
        assertThat(trail.items()).extracting(AuditEntry::eventType).containsExactly("ProposalSubmittedEvent",
                "ProposalAcceptedEvent", "PointsEarnedEvent", "PointsEarnedEvent");
        assertThat(trail.items()).extracting(AuditEntry::actor).containsExactly("w1001", "c1001", "system", "system");
        AuditEntry submitted = trail.items().get(0);
        assertThat(submitted.occurredAt()).isEqualTo(T0);
        assertThat(submitted.labelZh()).isEqualTo("提交申报");
        assertThat(submitted.labelEn()).isEqualTo("proposal submitted");
        assertThat(trail.items().get(1).labelZh()).as("no label: the type's name").isEqualTo("ProposalAcceptedEvent");
        assertThat(submitted.changes()).extracting(AuditChange::field)
                .doesNotContain("proposalId").startsWith("submitterId", "unitId", "content", "authors");
        assertThat(value(submitted, "content")).startsWith("{").contains("\"title\":\"链条张紧\"");
        assertThat(value(submitted, "authors")).isEqualTo("[{\"workerId\":\"w1001\",\"share\":60},"
                                                          + "{\"workerId\":\"w1002\",\"share\":40}]");
        assertThat(value(submitted, "submittedAt")).as("China time").isEqualTo("2026-03-02 09:00:00");
        assertThat(value(submitted, "mentorId")).isNull();
        assertThat(value(trail.items().get(1), "comment")).isEqualTo("同意");
        assertThat(trail.items().get(2).changes()).extracting(AuditChange::field)
                .as("the source is the proposal itself").doesNotContain("sourceId", "proposalId").contains("workerId");
        assertThat(value(trail.items().get(2), "points")).isEqualTo("6.00");
    }

    @Test
    void aSnapshotHidesNothing() {
        declaredAcceptedAndPointed("P-2");
        store.storeSnapshot(new GenericDomainEventMessage<>("Proposal", "P-2", 3, Map.of("state", "snapshot")));
        assertThat(store.readEvents("P-2").next().getSequenceNumber())
                .as("what readEvents(id) would have shown first").isEqualTo(3);

        AuditTrail trail = queries.handle(new ListAuditTrailQuery(AuditKind.PROPOSALS, "P-2"));
        assertThat(trail.items()).extracting(AuditEntry::sequenceNumber).containsExactly(0L, 1L, 2L, 3L);
    }

    @Test
    void pagesCountEveryEvent() {
        declaredAcceptedAndPointed("P-3");
        AuditTrailPage first = queries.handle(new FindAuditTrailQuery(AuditKind.PROPOSALS, "P-3", 0, 3));
        AuditTrailPage second = queries.handle(new FindAuditTrailQuery(AuditKind.PROPOSALS, "P-3", 1, 3));
        AuditTrailPage past = queries.handle(new FindAuditTrailQuery(AuditKind.PROPOSALS, "P-3", 5, 3));
        assertThat(first.items()).extracting(AuditEntry::sequenceNumber).containsExactly(0L, 1L, 2L);
        assertThat(second.items()).extracting(AuditEntry::sequenceNumber).containsExactly(3L);
        assertThat(past.items()).isEmpty();
        assertThat(List.of(first.total(), second.total(), past.total())).containsOnly(4L);
        assertThatThrownBy(() -> new FindAuditTrailQuery(AuditKind.PROPOSALS, "P-3", 0, 101))
                .isInstanceOf(RuleViolation.class).extracting("code").isEqualTo("page-size-out-of-range");
        assertThatThrownBy(() -> new FindAuditTrailQuery(AuditKind.PROPOSALS, "P-3", -1, 10))
                .isInstanceOf(RuleViolation.class).extracting("code").isEqualTo("page-negative");
    }

    @Test
    void noEventsOrAnotherKindIsNoTrail() {
        declaredAcceptedAndPointed("P-4");
        assertThat(queries.handle(new FindAuditTrailQuery(AuditKind.ROUNDS, "P-4", 0, 10))).isNull();
        assertThat(queries.handle(new ListAuditTrailQuery(AuditKind.CONVERSIONS, "P-4"))).isNull();
        assertThat(queries.handle(new FindAuditTrailQuery(AuditKind.PROPOSALS, "no-such-id", 0, 10))).isNull();
    }

    private void declaredAcceptedAndPointed(String id) {
        List<Author> authors = List.of(new Author("w1001", 60), new Author("w1002", 40));
        publish(id, 0, T0, new ProposalSubmittedEvent(id, "w1001", "ZC1", CONTENT, authors, null, 2026, 3, T0,
                ReviewDeadlines.defaults()));
        Instant accepted = T0.plusSeconds(3_600);
        publish(id, 1, accepted, new ProposalAcceptedEvent(id, "c1001", 1, "同意", accepted,
                Map.of("w1001", "ZC1", "w1002", "ZC1")));
        publish(id, 2, accepted, new PointsEarnedEvent(id, id, "ZC1", "w1001", "ZC1", PointsReason.ACCEPTED, 60,
                new BigDecimal("6.00"), accepted));
        publish(id, 3, accepted, new PointsEarnedEvent(id, id, "ZC1", "w1002", "ZC1", PointsReason.ACCEPTED, 40,
                new BigDecimal("4.00"), accepted));
    }

    private void publish(String id, long sequence, Instant at, Object event) {
        store.publish(new GenericDomainEventMessage<>("Proposal", id, sequence, event, MetaData.emptyInstance(),
                UUID.randomUUID().toString(), at));
    }

    private static String value(AuditEntry entry, String field) {
        return entry.changes().stream().filter(c -> c.field().equals(field)).findFirst()
                .orElseThrow(() -> new AssertionError(entry.eventType() + " has no field " + field)).value();
    }
}
