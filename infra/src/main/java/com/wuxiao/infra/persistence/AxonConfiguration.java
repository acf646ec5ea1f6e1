package com.wuxiao.infra.persistence;

import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every event processor is a pooled streaming processor with its tokens in PostgreSQL, unless
 * application.yml says otherwise for a named processor.
 */
@Configuration(proxyBeanMethods = false)
class AxonConfiguration {

    @Bean
    ConfigurerModule pooledStreamingByDefault() {
        return configurer -> configurer.eventProcessing().usingPooledStreamingEventProcessors();
    }
}
