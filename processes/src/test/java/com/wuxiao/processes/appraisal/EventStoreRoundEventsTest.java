package com.wuxiao.processes.appraisal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.wuxiao.command.appraisal.api.ReReviewReason;
import com.wuxiao.command.appraisal.api.ReReviewRequiredEvent;
import com.wuxiao.command.appraisal.api.ScoreRecordedEvent;
import com.wuxiao.command.appraisal.api.ScorersAssignedEvent;
import com.wuxiao.processes.testing.TestEngine;
import org.axonframework.common.jdbc.UnitOfWorkAwareConnectionProviderWrapper;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.PostgresEventTableFactory;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@link EventStoreRoundEvents} on Axon's JDBC event store in PostgreSQL, wired like the app: one
 * DataSource and Spring's transaction manager. What a command appended is visible to the process
 * in the same transaction, before the commit, and gone with a rollback.
 */
class EventStoreRoundEventsTest {

    private static final String ROUND = "2025-Q1";
    private static final Instant AT = Instant.parse("2025-04-07T01:00:00Z");

    private static DataSourceTransactionManager transactions;
    private static SpringTransactionManager axonTransactions;
    private static EmbeddedEventStore eventStore;
    private static RoundEvents roundEvents;

    @BeforeAll
    static void eventStore() {
        DataSource dataSource = TestEngine.dataSource();
        new JdbcTemplate(dataSource).execute("DROP TABLE IF EXISTS domainevententry, snapshotevententry CASCADE");
        transactions = new DataSourceTransactionManager(dataSource);
        axonTransactions = new SpringTransactionManager(transactions);
        JacksonSerializer serializer = JacksonSerializer.builder()
                .objectMapper(new ObjectMapper().findAndRegisterModules()).build();
        JdbcEventStorageEngine storage = JdbcEventStorageEngine.builder()
                .connectionProvider(new UnitOfWorkAwareConnectionProviderWrapper(
                        new SpringDataSourceConnectionProvider(dataSource)))
                .transactionManager(axonTransactions)
                .eventSerializer(serializer)
                .snapshotSerializer(serializer)
                .build();
        storage.createSchema(PostgresEventTableFactory.INSTANCE);
        eventStore = EmbeddedEventStore.builder().storageEngine(storage).build();
        roundEvents = new EventStoreRoundEvents(eventStore);
    }

    @AfterAll
    static void shutDown() {
        eventStore.shutDown();
        new JdbcTemplate(TestEngine.dataSource()).execute("DROP TABLE IF EXISTS domainevententry, snapshotevententry CASCADE");
    }

    @Test
    void theEventsACommandAppendedAreSeenInItsTransactionAndGoWithItsRollback() {
        String round = "2025-Q2";
        ReReviewRequiredEvent reReview = new ReReviewRequiredEvent(round, "P1", ReReviewReason.SPREAD,
                new BigDecimal("35.50"), null, AT);

        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            appendAsACommand(round, 0, score(round, "R1"), reReview);

            assertThat(roundEvents.latest(round)).contains(reReview);
            status.setRollbackOnly();
        });

        assertThat(roundEvents.latest(round)).isEmpty();
    }

    @Test
    void theLatestEventIsTheLastOneOfTheRoundsLastCommand() {
        appendAsACommand(ROUND, 0, score(ROUND, "R1"));
        appendAsACommand(ROUND, 1, score(ROUND, "R2"), score(ROUND, "R3"));
        appendAsACommand("2025-Q3", 0, score("2025-Q3", "R9"));

        assertThat(roundEvents.latest(ROUND)).contains(score(ROUND, "R3"));
        assertThat(roundEvents.latest(ROUND, ScoreRecordedEvent.class).scorerId()).isEqualTo("R3");
        assertThat(roundEvents.latest("2025-Q4")).isEmpty();
        assertThatThrownBy(() -> roundEvents.latest(ROUND, ScorersAssignedEvent.class))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("expected ScorersAssignedEvent")
                .hasMessageContaining("found ScoreRecordedEvent");
    }

    /** As a command handler's events reach the store: in a unit of work joining Spring's transaction. */
    private static void appendAsACommand(String roundId, long firstSequence, Object... events) {
        DefaultUnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(new GenericMessage<>("command"));
        unitOfWork.attachTransaction(axonTransactions);
        unitOfWork.execute(() -> {
            long sequence = firstSequence;
            for (Object event : Arrays.asList(events)) {
                eventStore.publish(List.of(new GenericDomainEventMessage<>("AppraisalRound", roundId, sequence++, event)));
            }
        });
    }

    private static ScoreRecordedEvent score(String roundId, String scorerId) {
        return new ScoreRecordedEvent(roundId, "P1", scorerId, 80, 80, 80, new BigDecimal("80.00"), null, AT);
    }
}
