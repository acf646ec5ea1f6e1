package com.wuxiao.infra.persistence;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded PostgreSQL of the run command keeps acknowledged commits through a power cut: it
 * reads {@code pg_settings} of a server started with the application's own configuration
 * (application.yml, no profile), and of one started with the test profile, which alone may be fast.
 */
class EmbeddedPostgresDurabilityTest {

    private final ApplicationContextRunner app = new ApplicationContextRunner()
            .withInitializer(new ConfigDataApplicationContextInitializer())
            .withUserConfiguration(EmbeddedPostgresConfiguration.class)
            // A throw-away directory instead of ./data/postgres; everything else as configured.
            .withPropertyValues("wuxiao.embedded-postgres.data-dir=");

    @Test
    void theDefaultProfileIsDurable() {
        app.run(context -> assertThat(durabilitySettings(context.getBean(DataSource.class)))
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "fsync", "on", "synchronous_commit", "on", "full_page_writes", "on")));
    }

    @Test
    void onlyTheTestProfileTradesDurabilityForSpeed() {
        app.withPropertyValues("spring.profiles.active=it")
                .run(context -> assertThat(durabilitySettings(context.getBean(DataSource.class)))
                        .containsExactlyInAnyOrderEntriesOf(Map.of(
                                "fsync", "off", "synchronous_commit", "off", "full_page_writes", "off")));
    }

    private static Map<String, String> durabilitySettings(DataSource dataSource) {
        return JdbcClient.create(dataSource)
                .sql("select name, setting from pg_settings where name in ('fsync', 'synchronous_commit', 'full_page_writes')")
                .query((rs, row) -> Map.entry(rs.getString("name"), rs.getString("setting")))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
