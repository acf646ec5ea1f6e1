package com.wuxiao.infra.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The app's own PostgreSQL as the benchmarks reach it over JDBC: connections for their checks, and
 * the database's ceiling — single-row inserts, each its own commit (autocommit), from as many
 * connections as the load has clients: what no code above the database can beat.
 */
final class BenchDatabase {

    private static final String ROW = "x".repeat(600);

    private final String jdbcUrl;
    private final String user;
    private final String password;

    BenchDatabase(String jdbcUrl, String user, String password) {
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
    }

    Load.Run inserts(int clients, Duration duration) throws SQLException {
        List<Connection> connections = new ArrayList<>();
        try {
            try (Connection setup = connect()) {
                setup.createStatement().execute("CREATE TABLE IF NOT EXISTS bench_ceiling "
                                                + "(id bigserial PRIMARY KEY, payload text NOT NULL)");
            }
            List<PreparedStatement> inserts = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                Connection connection = connect();
                connections.add(connection);
                inserts.add(connection.prepareStatement("INSERT INTO bench_ceiling (payload) VALUES (?)"));
            }
            return Load.closed("pg-insert", clients, duration, client -> {
                PreparedStatement insert = inserts.get(client);
                insert.setString(1, ROW);
                return insert.executeUpdate() == 1;
            });
        } finally {
            for (Connection connection : connections) {
                connection.close();
            }
            try (Connection cleanup = connect()) {
                cleanup.createStatement().execute("DROP TABLE IF EXISTS bench_ceiling");
            }
        }
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, user, password);
    }
}
