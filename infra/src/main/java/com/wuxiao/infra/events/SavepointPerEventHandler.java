package com.wuxiao.infra.events;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.WrappedMessageHandlingMember;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs each event handler of a processing group (projections, policies, bridges) inside a savepoint
 * of the processor's transaction. Without it, a failed SQL statement aborts PostgreSQL's whole
 * transaction, so the dead-letter queue cannot even record the failed event and the processor
 * retries the batch forever; rolled back to the savepoint, the transaction is usable again, the
 * event is parked, and whatever the failed handler wrote is undone.
 */
@Component
public class SavepointPerEventHandler implements HandlerEnhancerDefinition {

    private final TransactionTemplate savepoint;

    public SavepointPerEventHandler(PlatformTransactionManager transactions) {
        this.savepoint = new TransactionTemplate(transactions);
        savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    @Override
    public <T> MessageHandlingMember<T> wrapHandler(MessageHandlingMember<T> original) {
        if (!original.canHandleMessageType(EventMessage.class)
            || !original.declaringClass().isAnnotationPresent(ProcessingGroup.class)) {
            return original;
        }
        return new WrappedMessageHandlingMember<>(original) {
            @Override
            public Object handle(Message<?> message, T target) throws Exception {
                try {
                    return savepoint.execute(status -> {
                        try {
                            return super.handle(message, target);
                        } catch (Exception e) {
                            throw new HandlerFailure(e);
                        }
                    });
                } catch (HandlerFailure failure) {
                    throw failure.original;
                }
            }
        };
    }

    /** Carries a handler's checked exception through the transaction callback. */
    private static final class HandlerFailure extends RuntimeException {
        private final Exception original;

        HandlerFailure(Exception original) {
            super(original);
            this.original = original;
        }
    }
}
