package com.wuxiao.infra.events;

import com.wuxiao.query.projection.EventColumns;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.messaging.MetaData;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/**
 * Every event carries the instant the app's one {@link Clock} read when it was published (the demo
 * year's clock while it loads) as {@link EventColumns#RECORDED_AT}: when the union office came to
 * know what it says. The read models keep it beside each fact to answer "as of" an instant, the
 * audit trail shows it, and a replay of the events recorded up to an instant is what the office saw
 * then. Axon's own timestamp stays the system time on purpose: its gap detection compares it with
 * "now", and the demo clock's jumps would make in-flight gaps look timed out.
 */
@Configuration(proxyBeanMethods = false)
class EventClockConfiguration {

    @Bean
    InitializingBean eventsStampedByTheAppClock(EventBus events, Clock clock) {
        return () -> events.registerDispatchInterceptor(messages -> (index, message) ->
                message.andMetaData(MetaData.with(EventColumns.RECORDED_AT, clock.instant().toString())));
    }
}
