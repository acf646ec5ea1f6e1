package com.wuxiao.command.common;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import java.util.function.Supplier;

/** Reading an aggregate through Axon's repository needs a unit of work; command handlers have one. */
public final class UnitsOfWork {

    private UnitsOfWork() {
    }

    /** Runs the read in the current unit of work, or in one of its own if there is none. */
    public static <T> T within(Supplier<T> read) {
        if (CurrentUnitOfWork.isStarted()) {
            return read.get();
        }
        UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
        try {
            T result = read.get();
            unitOfWork.commit();
            return result;
        } catch (RuntimeException e) {
            unitOfWork.rollback(e);
            throw e;
        }
    }
}
