package com.wuxiao.command.common;

import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Axon's Spring Boot starter applies every {@link CorrelationDataProvider} bean to the messages a
 * handler creates; it declares its own default (correlation and trace ids) only while no other is
 * declared, so the default is declared here beside ours.
 */
@Configuration(proxyBeanMethods = false)
class ProcessCommandConfiguration {

    @Bean
    CorrelationDataProvider processCommandCorrelation() {
        return new ProcessCommandCorrelation();
    }

    @Bean
    CorrelationDataProvider messageOriginProvider() {
        return new MessageOriginProvider();
    }
}
