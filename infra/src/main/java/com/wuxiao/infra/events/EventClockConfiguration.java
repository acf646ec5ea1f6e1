package com.wuxiao.infra.events;

import org.axonframework.eventhandling.GenericEventMessage;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/**
 * Axon stamps every event with the app's one {@link Clock} (the demo year's clock while it loads), so
 * an event's timestamp is when the union office came to know what it says. The read models keep it
 * beside each fact to answer "as of" an instant, the audit trail shows it, and a replay of the events
 * up to an instant is what the office saw then. Axon reads this clock from a static field: one app
 * per JVM, as in production; a test JVM with several contexts stamps with the last one's clock.
 */
@Configuration(proxyBeanMethods = false)
class EventClockConfiguration {

    @Bean
    InitializingBean eventsStampedByTheAppClock(Clock clock) {
        return () -> GenericEventMessage.clock = clock;
    }
}
