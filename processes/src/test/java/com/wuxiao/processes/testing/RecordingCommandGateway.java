package com.wuxiao.processes.testing;

import org.axonframework.commandhandling.CommandCallback;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.Registration;
import org.axonframework.messaging.MessageDispatchInterceptor;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Records what the delegates send; can be told to reject commands like an aggregate would, and to
 * react to accepted ones (e.g. a fake of the events the aggregate would apply, and its results).
 */
public final class RecordingCommandGateway implements CommandGateway {

    private final List<Object> sent = new ArrayList<>();
    private Function<Object, RuntimeException> rejection = command -> null;
    private Function<Object, Object> reaction = command -> null;

    public List<Object> sent() {
        return List.copyOf(sent);
    }

    public <T> List<T> sent(Class<T> type) {
        return sent.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** Commands for which {@code rejection} returns an exception fail with it and are not recorded. */
    public void rejectWith(Function<Object, RuntimeException> rejection) {
        this.rejection = rejection;
    }

    /**
     * Called with every accepted command, after it is recorded; what it returns is the command's
     * result, as an aggregate's command handler returns one.
     */
    public void reactWith(Function<Object, Object> reaction) {
        this.reaction = reaction;
    }

    @Override
    public <R> R sendAndWait(Object command) {
        RuntimeException failure = rejection.apply(command);
        if (failure != null) {
            throw failure;
        }
        sent.add(command);
        @SuppressWarnings("unchecked")
        R result = (R) reaction.apply(command);
        return result;
    }

    @Override
    public <R> R sendAndWait(Object command, long timeout, TimeUnit unit) {
        return sendAndWait(command);
    }

    @Override
    public <C, R> void send(C command, CommandCallback<? super C, ? super R> callback) {
        throw new UnsupportedOperationException("delegates send synchronously");
    }

    @Override
    public <R> CompletableFuture<R> send(Object command) {
        throw new UnsupportedOperationException("delegates send synchronously");
    }

    @Override
    public Registration registerDispatchInterceptor(
            MessageDispatchInterceptor<? super CommandMessage<?>> dispatchInterceptor) {
        throw new UnsupportedOperationException();
    }
}
