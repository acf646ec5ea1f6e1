package com.wuxiao.command.testing;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * One real PostgreSQL per test JVM with this module's migrations (the command side's lookup tables)
 * applied. Tests share it, so each test uses ids of its own instead of emptying tables.
 */
public final class TestDatabase {

    private static final HikariDataSource DATA_SOURCE = start();

    private TestDatabase() {
    }

    public static DataSource dataSource() {
        return DATA_SOURCE;
    }

    public static JdbcClient jdbc() {
        return JdbcClient.create(DATA_SOURCE);
    }

    public static NamedParameterJdbcTemplate namedJdbc() {
        return new NamedParameterJdbcTemplate(DATA_SOURCE);
    }

    private static HikariDataSource start() {
        EmbeddedPostgres postgres;
        try {
            postgres = EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the embedded PostgreSQL", e);
        }
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        dataSource.setUsername("postgres");
        dataSource.setMaximumPoolSize(4);
        dataSource.setPoolName("command-test");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            dataSource.close();
            try {
                postgres.close();
            } catch (IOException ignored) {
                // the JVM is going away anyway
            }
        }, "command-test-database-shutdown"));
        return dataSource;
    }
}
