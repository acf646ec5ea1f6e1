package com.wuxiao.infra.engine;

import ch.qos.logback.classic.LoggerContext;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;

/**
 * Installs {@link RefusalLogFilter} on Logback. Spring Boot resets Logback when it sets logging up
 * for an application context, which drops turbo filters: each context installs it again, once.
 */
@Configuration(proxyBeanMethods = false)
class EngineLogConfiguration {

    EngineLogConfiguration() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext logback
                && logback.getTurboFilterList().stream().noneMatch(RefusalLogFilter.class::isInstance)) {
            logback.addTurboFilter(new RefusalLogFilter());
        }
    }
}
