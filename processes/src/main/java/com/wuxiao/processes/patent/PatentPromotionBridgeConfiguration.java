package com.wuxiao.processes.patent;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A failing bridge handler must not be logged and skipped (Axon's default): the case would never
 * get its process. Propagating the error rolls back the batch, token included, and the processor
 * retries it.
 */
@Configuration(proxyBeanMethods = false)
class PatentPromotionBridgeConfiguration {

    @Bean
    ConfigurerModule patentPromotionBridgeErrorHandling() {
        return configurer -> configurer.eventProcessing().registerListenerInvocationErrorHandler(
                PatentPromotion.PROCESSING_GROUP, configuration -> PropagatingErrorHandler.instance());
    }
}
