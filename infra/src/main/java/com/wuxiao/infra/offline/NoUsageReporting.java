package com.wuxiao.infra.offline;

import org.axonframework.updates.configuration.UsagePropertyProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * The app runs on a company network and sends nothing out. Axon Framework's update checker would
 * report usage to its vendor every few seconds (and log a stack trace each time it cannot); this
 * provider, which replaces Axon's own, opts out for good, whatever {@code ~/.axoniq} or the
 * environment say. Camunda 7.24 has no telemetry sender, and Swagger UI is served from its webjar
 * with the online validator off (application.yml).
 */
@Configuration(proxyBeanMethods = false)
class NoUsageReporting {

    /** Primary: Axon's own settings class ({@code axon.update-check.*}) is a provider bean too. */
    @Bean
    @Primary
    UsagePropertyProvider usagePropertyProvider() {
        return new OptedOut();
    }

    /** Always disabled, above every other source of the setting. */
    static final class OptedOut implements UsagePropertyProvider {

        @Override
        public Boolean getDisabled() {
            return Boolean.TRUE;
        }

        @Override
        public String getUrl() {
            return null;
        }

        @Override
        public int priority() {
            return Integer.MAX_VALUE;
        }
    }
}
