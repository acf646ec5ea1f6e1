package com.wuxiao.infra.demo;

import com.wuxiao.command.attachment.AttachmentStore;
import com.wuxiao.command.attachment.UploadCheck;
import com.wuxiao.infra.identity.Organisation;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryGateway;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The demo year's loader, only in the demo profile with {@value DemoYear#ENABLED}
 * ({@link DemoClockConfiguration} gives it the clock it moves).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(DemoYear.On.class)
class DemoYearConfiguration {

    @Bean
    DemoYearLoader demoYearLoader(DemoClock clock, ProcessEngine processEngine, EventProcessingConfiguration processing,
                                  JdbcClient jdbc, CommandGateway commands, QueryGateway queries, EventStore eventStore,
                                  Organisation organisation, PlatformTransactionManager transactions,
                                  AttachmentStore attachments, UploadCheck uploads,
                                  @Value("${wuxiao.demo.password}") String password,
                                  @Value("${" + DemoYear.SEED + ":" + DemoYear.DEFAULT_SEED + "}") long seed) {
        return new DemoYearLoader(clock,
                () -> new DemoEngine(processEngine, processing, eventStore, jdbc, transactions), commands, queries,
                eventStore, organisation, attachments, uploads, password, seed);
    }
}
