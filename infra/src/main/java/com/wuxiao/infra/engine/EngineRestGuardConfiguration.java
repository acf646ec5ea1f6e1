package com.wuxiao.infra.engine;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** {@link EngineRestGuard} on both mounts of Camunda's REST API. */
@Configuration(proxyBeanMethods = false)
class EngineRestGuardConfiguration {

    /** After Spring Security (-100), before Camunda's authentication filters (101). */
    private static final int BEFORE_CAMUNDA_AUTHENTICATION = 100;

    @Bean
    FilterRegistrationBean<EngineRestGuard> engineRestGuard(TaskService taskService, FormService formService,
                                                            IdentityService identityService,
                                                            ManagementService managementService, ObjectMapper json) {
        EngineRestGuard guard = new EngineRestGuard(new TaskFacts(taskService, formService, identityService),
                managementService, json);
        FilterRegistrationBean<EngineRestGuard> registration = new FilterRegistrationBean<>(guard);
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
        registration.setOrder(BEFORE_CAMUNDA_AUTHENTICATION);
        return registration;
    }
}
