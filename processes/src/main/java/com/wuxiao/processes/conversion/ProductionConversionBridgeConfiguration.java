package com.wuxiao.processes.conversion;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A failing bridge handler must not be logged and skipped (Axon's default): the conversion would
 * never get its process. Propagating the error rolls back the batch, token included, and the
 * processor retries it.
 */
@Configuration(proxyBeanMethods = false)
class ProductionConversionBridgeConfiguration {

    @Bean
    ConfigurerModule productionConversionBridgeErrorHandling() {
        return configurer -> configurer.eventProcessing().registerListenerInvocationErrorHandler(
                ProductionConversion.PROCESSING_GROUP, configuration -> PropagatingErrorHandler.instance());
    }
}
