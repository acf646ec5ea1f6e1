package com.wuxiao.infra.web.idempotency;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;

/** Idempotency keys on the API's POST requests (see {@link IdempotencyFilter}), and their cleanup. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IdempotencyProperties.class)
@EnableScheduling
class IdempotencyConfiguration {

    @Bean
    FilterRegistrationBean<IdempotencyFilter> idempotencyFilter(IdempotencyKeys keys, IdempotencyProperties properties,
                                                                PlatformTransactionManager transactionManager,
                                                                Clock clock, ObjectMapper json) {
        FilterRegistrationBean<IdempotencyFilter> registration = new FilterRegistrationBean<>(
                new IdempotencyFilter(keys, properties, new TransactionTemplate(transactionManager), clock, json));
        registration.addUrlPatterns("/api/*");
        // After Spring Security: keys belong to the authenticated user, and refused requests claim none.
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 10);
        return registration;
    }

    /** Every POST of the API description names the optional header. */
    @Bean
    GlobalOpenApiCustomizer idempotencyKeyHeader() {
        return openApi -> {
            if (openApi.getPaths() == null) {
                return;
            }
            openApi.getPaths().forEach((path, item) -> {
                if (path.startsWith("/api/") && item.getPost() != null && !namesTheHeader(item.getPost())) {
                    item.getPost().addParametersItem(new HeaderParameter().name(IdempotencyFilter.KEY_HEADER)
                            .required(false).schema(new StringSchema().maxLength(255))
                            .description("重试时带相同的键，请求只执行一次（保留期默认 24 小时） / send the same key on "
                                    + "a retry and the request runs once (keys are kept 24 h by default)"));
                }
            });
        };
    }

    private static boolean namesTheHeader(Operation operation) {
        return operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> IdempotencyFilter.KEY_HEADER.equals(p.getName()));
    }
}
