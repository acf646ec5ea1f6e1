package com.wuxiao.processes.monthlyreview;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A failing bridge handler must not be logged and skipped (Axon's default): the proposal would never
 * get its review. Propagating the error rolls back the batch, token included, and the processor
 * retries it.
 */
@Configuration(proxyBeanMethods = false)
class MonthlyReviewBridgeConfiguration {

    @Bean
    ConfigurerModule monthlyReviewBridgeErrorHandling() {
        return configurer -> configurer.eventProcessing().registerListenerInvocationErrorHandler(
                MonthlyReview.PROCESSING_GROUP, configuration -> PropagatingErrorHandler.instance());
    }
}
