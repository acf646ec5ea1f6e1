package com.wuxiao.command.conversion;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.wuxiao.command.conversion.api.ResultAdoptedEvent;
import com.wuxiao.command.conversion.api.ResultHandedOverEvent;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.axonframework.common.jdbc.UnitOfWorkAwareConnectionProviderWrapper;
import com.wuxiao.command.common.CommandLookups;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.SubscribingEventProcessor;
import org.flywaydb.core.Flyway;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@link AdoptionLookup} on Axon's JDBC event store in a real PostgreSQL, wired like the app: one
 * DataSource, Spring's transaction manager, Jackson payloads, the lookup in a subscribing processor
 * whose errors propagate, the lookup table from this module's migration.
 */
class AdoptionLookupTest {

    private static final Instant AT = Instant.parse("2025-10-10T01:00:00Z");

    private static EmbeddedPostgres postgres;
    private static HikariDataSource dataSource;
    private static DataSourceTransactionManager transactions;
    private static SpringTransactionManager axonTransactions;
    private static EmbeddedEventStore eventStore;
    private static SubscribingEventProcessor lookups;
    private static AdoptionLookup adoptions;

    @BeforeAll
    static void eventStore() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
        dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        dataSource.setUsername("postgres");
        dataSource.setMaximumPoolSize(3);
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
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        storage.createSchema(PostgresEventTableFactory.INSTANCE);
        eventStore = EmbeddedEventStore.builder().storageEngine(storage).build();
        adoptions = new AdoptionLookup(JdbcClient.create(dataSource));
        lookups = SubscribingEventProcessor.builder()
                .name(CommandLookups.PROCESSING_GROUP)
                .eventHandlerInvoker(SimpleEventHandlerInvoker.builder().eventHandlers(adoptions)
                        .listenerInvocationErrorHandler(PropagatingErrorHandler.instance()).build())
                .messageSource(eventStore)
                .build();
        lookups.start();
    }

    @AfterAll
    static void shutDown() throws IOException {
        lookups.shutDown();
        eventStore.shutDown();
        dataSource.close();
        postgres.close();
    }

    @BeforeEach
    void empty() {
        new JdbcTemplate(dataSource).execute("DELETE FROM domainevententry");
        new JdbcTemplate(dataSource).execute("DELETE FROM result_adoption_lookup");
    }

    @Test
    void noConversionNoAdoption() {
        assertThat(adoptions.adoptedByAnotherUnit("P1", "JJ2")).isFalse();
    }

    @Test
    void anAdoptionByAnotherUnitCountsButNotTheUnitsOwnNorAMereHandover() {
        append("P1", "ZC3", handedOver("P1", "ZC3"), adopted("P1", "ZC3"));
        append("P1", "JJ2", handedOver("P1", "JJ2"));
        append("P1", "TF4", handedOver("P1", "TF4"));

        assertThat(adoptions.adoptedByAnotherUnit("P1", "JJ2")).isTrue();
        assertThat(adoptions.adoptedByAnotherUnit("P1", "ZC3")).as("its own adoption is no replication").isFalse();
        assertThat(adoptions.adoptedByAnotherUnit("P2", "JJ2")).as("another result").isFalse();
    }

    /** "CONV-P1-X-ZC3" begins like a conversion of P1, but belongs to the proposal "P1-X". */
    @Test
    void aProposalWhoseIdExtendsAnotherOnesIsAnotherResult() {
        append("P1-X", "ZC3", handedOver("P1-X", "ZC3"), adopted("P1-X", "ZC3"));

        assertThat(adoptions.adoptedByAnotherUnit("P1", "JJ2")).isFalse();
        assertThat(adoptions.adoptedByAnotherUnit("P1-X", "JJ2")).isTrue();
    }

    @Test
    void anAdoptionOfTheCurrentTransactionIsSeenAndGoesWithItsRollback() {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            append("P1", "ZC3", handedOver("P1", "ZC3"), adopted("P1", "ZC3"));

            assertThat(adoptions.adoptedByAnotherUnit("P1", "JJ2")).isTrue();
            status.setRollbackOnly();
        });

        assertThat(adoptions.adoptedByAnotherUnit("P1", "JJ2")).isFalse();
    }

    /** Two owners adopt one result at once: the second waits for the first's commit and is a replication. */
    @Test
    void aSimultaneousSecondAdoptionWaitsForTheFirstAndSeesIt() throws Exception {
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        CountDownLatch firstRecorded = new CountDownLatch(1);
        CountDownLatch commitFirst = new CountDownLatch(1);
        ExecutorService owners = Executors.newFixedThreadPool(2);
        try {
            Future<Boolean> first = owners.submit(() -> transaction.execute(status -> {
                boolean replication = adoptions.adoptedByAnotherUnit("P1", "ZC3");
                append("P1", "ZC3", handedOver("P1", "ZC3"), adopted("P1", "ZC3"));
                firstRecorded.countDown();
                awaitLatch(commitFirst);
                return replication;
            }));
            assertThat(firstRecorded.await(10, TimeUnit.SECONDS)).isTrue();
            Future<Boolean> second = owners.submit(() -> transaction.execute(
                    status -> adoptions.adoptedByAnotherUnit("P1", "JJ2")));

            await().atMost(Duration.ofSeconds(10)).until(AdoptionLookupTest::someoneWaitsForAnAdvisoryLock);
            assertThat(second).as("waits while the first adoption is not committed").isNotDone();
            commitFirst.countDown();

            assertThat(first.get(10, TimeUnit.SECONDS)).as("the first adoption").isFalse();
            assertThat(second.get(10, TimeUnit.SECONDS)).as("the second is a replication").isTrue();
        } finally {
            commitFirst.countDown();
            owners.shutdownNow();
        }
    }

    private static boolean someoneWaitsForAnAdvisoryLock() {
        Integer waiting = new JdbcTemplate(dataSource).queryForObject(
                "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted", Integer.class);
        return waiting != null && waiting > 0;
    }

    private static void awaitLatch(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test never let the first adoption commit");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** As a command handler's events reach the store: in a unit of work joining Spring's transaction. */
    private static void append(String proposalId, String unitId, Object... events) {
        String id = Conversion.idOf(proposalId, unitId);
        DefaultUnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(new GenericMessage<>("command"));
        unitOfWork.attachTransaction(axonTransactions);
        unitOfWork.execute(() -> {
            long sequence = 0;
            for (Object event : events) {
                eventStore.publish(List.of(new GenericDomainEventMessage<>("Conversion", id, sequence++, event)));
            }
        });
    }

    private static ResultHandedOverEvent handedOver(String proposalId, String unitId) {
        return new ResultHandedOverEvent(Conversion.idOf(proposalId, unitId), proposalId, "标题", "ZC1", unitId, "O1",
                null, AT, "L1", AT);
    }

    private static ResultAdoptedEvent adopted(String proposalId, String unitId) {
        return new ResultAdoptedEvent(Conversion.idOf(proposalId, unitId), proposalId, "ZC1", unitId, false, AT, "O1",
                AT);
    }
}
