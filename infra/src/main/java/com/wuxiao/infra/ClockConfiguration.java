package com.wuxiao.infra;

import com.wuxiao.infra.demo.DemoYear;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/**
 * The single source of "now" for controllers and delegates; aggregates get time on their commands.
 * The system clock, which Camunda's ClockUtil reads too; only while the demo year loads is it the
 * demo loader's clock instead (infra.demo, ADR 0005).
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    @Bean
    @Conditional(DemoYear.Off.class)
    Clock clock() {
        return Clock.systemUTC();
    }
}
