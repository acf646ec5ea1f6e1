package com.wuxiao.command.common;

import com.wuxiao.command.common.api.ProcessCommand;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.correlation.CorrelationDataProvider;

import java.util.Map;

/**
 * Puts a process command's id on every event its handler applies (Axon's correlation data), so
 * that {@link ProcessDrivenAggregate} recognises the command's repeat, and a reader of the event
 * store sees which process step caused an event.
 */
public final class ProcessCommandCorrelation implements CorrelationDataProvider {

    @Override
    public Map<String, ?> correlationDataFor(Message<?> message) {
        if (message.getPayload() instanceof ProcessCommand command && command.processCommandId() != null) {
            return Map.of(ProcessCommand.META_DATA_KEY, command.processCommandId());
        }
        return Map.of();
    }
}
