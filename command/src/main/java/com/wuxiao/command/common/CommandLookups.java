package com.wuxiao.command.common;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The command side's lookup tables (Axon's set-based validation): facts a command needs about other
 * aggregates — which proposals a quarter's round is opened over, whether a result was adopted
 * before — kept by handlers of this one processing group.
 *
 * <p>The group is subscribing, so its handlers run in the unit of work that applies the event and
 * write in the transaction that appends it: a lookup is never behind the event store, and an event
 * stored is an event looked up. A failing handler must not be logged and skipped (Axon's default):
 * the error propagates and the command's transaction, events included, rolls back. A subscribing
 * group has no token and so no replay; a new lookup table fills from its migration.
 */
@Configuration(proxyBeanMethods = false)
public class CommandLookups {

    public static final String PROCESSING_GROUP = "command-lookups";

    @Bean
    ConfigurerModule commandLookupsInTheCommandsTransaction() {
        return configurer -> configurer.eventProcessing()
                .registerSubscribingEventProcessor(PROCESSING_GROUP)
                .registerListenerInvocationErrorHandler(PROCESSING_GROUP,
                        configuration -> PropagatingErrorHandler.instance());
    }
}
