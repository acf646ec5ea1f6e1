package com.wuxiao.processes.engine;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A read of the read side from inside a process step (a listener, a delegate): bounded in time, so
 * that a slow or remote query side never holds an engine transaction open, and every failure one
 * unchecked exception the caller turns into its fallback (steps show display data, they never fail
 * because of it).
 */
public final class ReadSide {

    /** One stored row or list per read: far more than it takes, far less than a transaction may wait. */
    public static final Duration TIMEOUT = Duration.ofSeconds(2);

    private ReadSide() {
    }

    /** The query's answer, or {@link Unavailable} when it failed, timed out or the thread was interrupted. */
    public static <T> T await(CompletableFuture<T> answer) {
        try {
            return answer.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unavailable("interrupted while waiting for the read side", e);
        } catch (ExecutionException e) {
            throw new Unavailable("the read side failed", e.getCause());
        } catch (TimeoutException e) {
            answer.cancel(true);
            throw new Unavailable("the read side did not answer within " + TIMEOUT, e);
        }
    }

    /** The read side did not answer. */
    public static final class Unavailable extends RuntimeException {
        Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
