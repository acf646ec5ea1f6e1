package com.wuxiao.processes.testing;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * One real PostgreSQL and one Camunda engine per test JVM, at history level AUDIT; on demand a
 * second engine with no history at all, in a database of its own on the same server (an engine
 * refuses a database whose history level differs from its own). Beans named in
 * {@code camunda:delegateExpression} resolve through {@link org.camunda.bpm.engine.test.mock.Mocks}.
 */
public final class TestEngine {

    private static EmbeddedPostgres postgres;
    private static HikariDataSource dataSource;
    private static final ProcessEngine ENGINE = start();
    private static ProcessEngine withoutHistory;
    private static HikariDataSource noHistoryDataSource;

    private TestEngine() {
    }

    public static ProcessEngine engine() {
        return ENGINE;
    }

    /** The engine's database, for tests that need more of PostgreSQL than Camunda's tables. */
    public static DataSource dataSource() {
        return dataSource;
    }

    /** An engine at history level NONE: whatever works on it needs no history. */
    public static synchronized ProcessEngine withoutHistory() {
        if (withoutHistory == null) {
            new JdbcTemplate(dataSource).execute("CREATE DATABASE no_history");
            noHistoryDataSource = dataSource(postgres.getJdbcUrl("postgres", "no_history"), "processes-test-no-history");
            withoutHistory = engine("processes-test-no-history", noHistoryDataSource,
                    ProcessEngineConfiguration.HISTORY_NONE);
        }
        return withoutHistory;
    }

    private static ProcessEngine start() {
        try {
            postgres = EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the embedded PostgreSQL", e);
        }
        dataSource = dataSource(postgres.getJdbcUrl("postgres", "postgres"), "processes-test");
        ProcessEngine engine = engine("processes-test", dataSource, ProcessEngineConfiguration.HISTORY_AUDIT);
        Runtime.getRuntime().addShutdownHook(new Thread(TestEngine::stop, "processes-test-engine-shutdown"));
        return engine;
    }

    private static synchronized void stop() {
        if (withoutHistory != null) {
            withoutHistory.close();
            noHistoryDataSource.close();
        }
        ENGINE.close();
        dataSource.close();
        try {
            postgres.close();
        } catch (IOException ignored) {
            // the JVM is going away anyway
        }
    }

    private static HikariDataSource dataSource(String url, String poolName) {
        HikariDataSource source = new HikariDataSource();
        source.setJdbcUrl(url);
        source.setUsername("postgres");
        source.setMaximumPoolSize(4);
        source.setPoolName(poolName);
        return source;
    }

    private static ProcessEngine engine(String name, DataSource dataSource, String historyLevel) {
        StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
        configuration.setProcessEngineName(name);
        configuration.setDataSource(dataSource);
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        configuration.setJobExecutorActivate(false);
        configuration.setHistory(historyLevel);
        configuration.setJavaSerializationFormatEnabled(false);
        configuration.setEnforceHistoryTimeToLive(true);
        configuration.setDbMetricsReporterActivate(false);
        configuration.setExpressionManager(new MockExpressionManager());
        // As the app's (application.yml): unit groups are named UNIT_COORDINATOR-<unitId>.
        configuration.setUserResourceWhitelistPattern("[a-zA-Z0-9_-]+");
        configuration.setGroupResourceWhitelistPattern("[a-zA-Z0-9_-]+|camunda-admin");
        return configuration.buildProcessEngine();
    }
}
