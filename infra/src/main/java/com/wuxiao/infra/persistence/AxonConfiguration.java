package com.wuxiao.infra.persistence;

import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventsourcing.eventstore.jpa.SQLStateResolver;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every event processor is a pooled streaming processor with its tokens in PostgreSQL, unless
 * application.yml says otherwise for a named processor.
 */
@Configuration(proxyBeanMethods = false)
class AxonConfiguration {

    /** SQLState of PostgreSQL's unique_violation. */
    private static final String UNIQUE_VIOLATION = "23505";

    @Bean
    ConfigurerModule pooledStreamingByDefault() {
        return configurer -> configurer.eventProcessing().usingPooledStreamingEventProcessors();
    }

    /**
     * Two commands that appended to one aggregate at the same sequence number lost a race, which Axon
     * reports as a ConcurrencyException (a "reload and retry" conflict for the user) only if it
     * recognises the duplicate key. Its default resolver looks for SQLIntegrityConstraintViolationException,
     * which the PostgreSQL driver never throws; PostgreSQL says so by SQLState. (The resolver lives in
     * Axon's jpa package but only reads the JDBC exception.)
     */
    @Bean
    PersistenceExceptionResolver persistenceExceptionResolver() {
        return new SQLStateResolver(UNIQUE_VIOLATION);
    }
}
