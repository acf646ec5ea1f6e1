package com.wuxiao.processes.appraisal;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A failing bridge handler must not be logged and skipped (Axon's default): the objection would
 * never be decided and the round never finalised. Propagating the error rolls back the batch, token
 * included, and the processor retries it.
 */
@Configuration(proxyBeanMethods = false)
class QuarterlyAppraisalBridgeConfiguration {

    @Bean
    ConfigurerModule quarterlyAppraisalBridgeErrorHandling() {
        return configurer -> configurer.eventProcessing().registerListenerInvocationErrorHandler(
                QuarterlyAppraisal.PROCESSING_GROUP, configuration -> PropagatingErrorHandler.instance());
    }
}
