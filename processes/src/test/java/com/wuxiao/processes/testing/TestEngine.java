package com.wuxiao.processes.testing;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * One real PostgreSQL and one Camunda engine per test JVM. Beans named in
 * {@code camunda:delegateExpression} resolve through {@link org.camunda.bpm.engine.test.mock.Mocks}.
 */
public final class TestEngine {

    private static HikariDataSource dataSource;
    private static final ProcessEngine ENGINE = start();

    private TestEngine() {
    }

    public static ProcessEngine engine() {
        return ENGINE;
    }

    /** The engine's database, for tests that need more of PostgreSQL than Camunda's tables. */
    public static DataSource dataSource() {
        return dataSource;
    }

    private static ProcessEngine start() {
        EmbeddedPostgres postgres;
        try {
            postgres = EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the embedded PostgreSQL", e);
        }
        dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        dataSource.setUsername("postgres");
        dataSource.setMaximumPoolSize(4);
        dataSource.setPoolName("processes-test");

        StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
        configuration.setProcessEngineName("processes-test");
        configuration.setDataSource(dataSource);
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        configuration.setJobExecutorActivate(false);
        configuration.setHistory(ProcessEngineConfiguration.HISTORY_AUDIT);
        configuration.setJavaSerializationFormatEnabled(false);
        configuration.setEnforceHistoryTimeToLive(true);
        configuration.setDbMetricsReporterActivate(false);
        configuration.setExpressionManager(new MockExpressionManager());
        ProcessEngine engine = configuration.buildProcessEngine();

        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            engine.close();
            dataSource.close();
            try {
                postgres.close();
            } catch (IOException ignored) {
                // the JVM is going away anyway
            }
        }, "processes-test-engine-shutdown"));
        return engine;
    }
}
