package com.wuxiao.infra.cluster;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Several instances on one database share every event processor's segments (ADR 0012). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ClusterProperties.class)
class ClusterConfiguration {

    @Bean
    SegmentShare segmentShare(ClusterNodes nodes, ObjectProvider<TokenStore> tokenStore) {
        return new SegmentShare(nodes, tokenStore);
    }

    @Bean
    ConfigurerModule segmentsSharedByTheLiveInstances(SegmentShare share) {
        return configurer -> configurer.eventProcessing()
                .registerPooledStreamingEventProcessorConfiguration((configuration, builder) -> builder.maxSegmentProvider(share));
    }
}
