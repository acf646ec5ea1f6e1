package com.wuxiao.query.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * One real PostgreSQL per test JVM with this module's migrations (V10 onwards) applied, for
 * projection tests. Tests empty the tables they use themselves.
 */
public final class QueryDatabase {

    private static final DataSource DATA_SOURCE = start();

    private QueryDatabase() {
    }

    public static DataSource dataSource() {
        return DATA_SOURCE;
    }

    private static DataSource start() {
        EmbeddedPostgres postgres;
        try {
            postgres = EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the embedded PostgreSQL", e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                postgres.close();
            } catch (IOException ignored) {
                // the JVM is going away anyway
            }
        }, "query-test-postgres-shutdown"));
        DataSource dataSource = postgres.getPostgresDatabase();
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        return dataSource;
    }
}
