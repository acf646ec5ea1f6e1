package com.wuxiao.command.proposal;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A failing {@link AppraisalOutcomePolicy} must not be logged and skipped (Axon's default): the
 * proposal would never learn its grade. Propagating the error rolls back the batch, token
 * included, and the processor retries it. The processor is pooled like every other (infra's default).
 */
@Configuration(proxyBeanMethods = false)
class AppraisalOutcomeConfiguration {

    @Bean
    ConfigurerModule appraisalOutcomeErrorHandling() {
        return configurer -> configurer.eventProcessing().registerListenerInvocationErrorHandler(
                AppraisalOutcomePolicy.PROCESSING_GROUP, configuration -> PropagatingErrorHandler.instance());
    }
}
