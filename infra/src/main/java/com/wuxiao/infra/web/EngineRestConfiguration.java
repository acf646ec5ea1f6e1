package com.wuxiao.infra.web;

import org.camunda.bpm.engine.rest.exception.ExceptionHandler;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.camunda.bpm.engine.rest.impl.CamundaRestResources;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.HashSet;
import java.util.Set;

/** Camunda's REST API with {@link EngineRestProblems} in place of its three generic exception handlers. */
@Configuration(proxyBeanMethods = false)
class EngineRestConfiguration {

    private static final Set<Class<?>> REPLACED = Set.of(
            RestExceptionHandler.class, ProcessEngineExceptionHandler.class, ExceptionHandler.class);

    @Bean
    CamundaJerseyResourceConfig camundaJerseyResourceConfig() {
        return new CamundaJerseyResourceConfig() {
            @Override
            protected void registerCamundaRestResources() {
                registerClasses(CamundaRestResources.getResourceClasses());
                Set<Class<?>> configuration = new HashSet<>(CamundaRestResources.getConfigurationClasses());
                if (!configuration.containsAll(REPLACED)) {
                    throw new IllegalStateException("Camunda's REST exception handlers changed: " + REPLACED);
                }
                configuration.removeAll(REPLACED);
                registerClasses(configuration);
                register(JacksonFeature.class);
                register(new EngineRestProblems());
            }
        };
    }
}
