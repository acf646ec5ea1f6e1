package com.wuxiao.infra.events;

import com.wuxiao.processes.appraisal.QuarterlyAppraisal;
import com.wuxiao.processes.conversion.ProductionConversion;
import com.wuxiao.processes.fund.FundClaimProcess;
import com.wuxiao.processes.monthlyreview.MonthlyReview;
import com.wuxiao.processes.patent.PatentPromotion;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;

/**
 * The processing groups whose handler errors propagate: the Axon → Camunda bridges. Axon's default
 * would log and skip the event, and a proposal, round, patent or conversion would never get (or hear
 * from) its process; propagated, the error rolls back the batch with its token and the processor
 * tries the event again. So a bridge must never fail on purpose: whatever has to wait, waits in its
 * process. The projections and the appraisal-outcome policy park failures in their dead-letter
 * queues instead ({@link DeadLetterPolicy}), and the other events go on. Each bridge also handles
 * an event only once, however often it is delivered ({@link BridgeDeliveries}).
 */
@Configuration(proxyBeanMethods = false)
class PropagatingProcessingGroups {

    static final List<String> GROUPS = List.of(
            MonthlyReview.PROCESSING_GROUP,
            QuarterlyAppraisal.PROCESSING_GROUP,
            PatentPromotion.PROCESSING_GROUP,
            ProductionConversion.PROCESSING_GROUP,
            FundClaimProcess.PROCESSING_GROUP);

    @Bean
    ConfigurerModule propagatingErrorHandlers() {
        return configurer -> GROUPS.forEach(group -> configurer.eventProcessing()
                .registerListenerInvocationErrorHandler(group, configuration -> PropagatingErrorHandler.instance()));
    }

    @Bean
    ConfigurerModule bridgeDeliveries(JdbcTemplate jdbc) {
        return configurer -> GROUPS.forEach(group -> configurer.eventProcessing()
                .registerHandlerInterceptor(group, configuration -> new BridgeDeliveries(group, jdbc)));
    }
}
