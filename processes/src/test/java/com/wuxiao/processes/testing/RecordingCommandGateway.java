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
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Records what the delegates send; can be told to reject commands like an aggregate would, and to
 * answer accepted ones with what the aggregate's handler would return (e.g. from a fake of the
 * aggregate).
 */
public final class RecordingCommandGateway implements CommandGateway {

    private final List<Object> sent = new ArrayList<>();
    private Function<Object, RuntimeException> rejection = command -> null;
    private Function<Object, ?> answer = command -> null;

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

    /** Called with every accepted command, after it is recorded; its result is what {@code sendAndWait} returns. */
    public void answerWith(Function<Object, ?> answer) {
        this.answer = answer;
    }

    /** Called with every accepted command, after it is recorded, for handlers that return nothing. */
    public void reactWith(Consumer<Object> reaction) {
        answerWith(command -> {
            reaction.accept(command);
            return null;
        });
    }

    @Override
    @SuppressWarnings("unchecked")
    public <R> R sendAndWait(Object command) {
        RuntimeException failure = rejection.apply(command);
        if (failure != null) {
            throw failure;
        }
        sent.add(command);
        return (R) answer.apply(command);
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
