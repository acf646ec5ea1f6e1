package com.wuxiao.command.common;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.function.Supplier;

/**
 * Commands of several aggregates that stand or fall together (a request accepted and the handover it
 * starts): Axon's units of work join this Spring transaction, so a refusal of the second rolls back
 * the events of the first.
 */
@Component
public class OneTransaction {

    private final TransactionTemplate transaction;

    public OneTransaction(PlatformTransactionManager transactionManager) {
        this.transaction = new TransactionTemplate(transactionManager);
    }

    public <T> T run(Supplier<T> work) {
        return transaction.execute(status -> work.get());
    }
}
