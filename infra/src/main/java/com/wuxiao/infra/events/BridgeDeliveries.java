package com.wuxiao.infra.events;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A bridge handles each event once, whatever delivers it again: before the handlers run, the event
 * is recorded in {@code bridge_delivery} in the processor's transaction, the one Camunda joins, so
 * the record commits with the process it starts or moves, or not at all. An event recorded already
 * is skipped. The bridges' running-instance checks cannot see a process that has ended: a crash run
 * found a declaration whose review had started and ended before the app was killed, and the bridge
 * was handed the declaration again after the restart and started a second review (ADR 0013).
 */
final class BridgeDeliveries implements MessageHandlerInterceptor<EventMessage<?>> {

    private static final Logger log = LoggerFactory.getLogger(BridgeDeliveries.class);

    private final String processor;
    private final JdbcTemplate jdbc;

    BridgeDeliveries(String processor, JdbcTemplate jdbc) {
        this.processor = processor;
        this.jdbc = jdbc;
    }

    @Override
    public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain interceptorChain) throws Exception {
        EventMessage<?> event = unitOfWork.getMessage();
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            // The record is only worth something in the transaction that Camunda's writes join.
            throw new IllegalStateException(processor + ": no transaction around the event's handling");
        }
        int recorded = jdbc.update("INSERT INTO bridge_delivery (processor, event_id, handled_at) VALUES (?, ?, now()) "
                                   + "ON CONFLICT DO NOTHING", processor, event.getIdentifier());
        if (recorded == 0) {
            log.warn("{}: event {} ({}) was handled before; delivered again, it is skipped", processor,
                    event.getIdentifier(), event.getPayloadType().getSimpleName());
            return null;
        }
        return interceptorChain.proceed();
    }
}
