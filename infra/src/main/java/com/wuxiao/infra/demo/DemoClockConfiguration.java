package com.wuxiao.infra.demo;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Only in the demo profile with {@value DemoYear#ENABLED}: the app's one clock is the
 * {@link DemoClock}, which only the {@link DemoYearLoader} moves (otherwise it is the system clock
 * of infra's ClockConfiguration).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(DemoYear.On.class)
class DemoClockConfiguration {

    @Bean
    DemoClock clock() {
        return new DemoClock();
    }
}
