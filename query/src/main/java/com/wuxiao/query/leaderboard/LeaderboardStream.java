package com.wuxiao.query.leaderboard;

import com.wuxiao.query.leaderboard.api.FindLeaderboardQuery;
import com.wuxiao.query.leaderboard.api.LeaderboardChanged;
import com.wuxiao.query.leaderboard.api.LeaderboardPage;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.io.IOException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;

/**
 * A live leaderboard as server-sent events: a subscription query whose initial result is sent at
 * once, and whose change notices make it ask for the page again and send it. Every way the stream
 * ends (completion, timeout, error, a failed send) cancels the subscription.
 */
@Component
public class LeaderboardStream {

    /** SSE event name of a leaderboard page. */
    static final String EVENT = "leaderboard";
    /** Browsers' EventSource reconnects by itself; a bounded stream frees threads of vanished clients. */
    static final Duration TIMEOUT = Duration.ofMinutes(30);
    /** A round's finalisation is hundreds of events: refresh at most this often, with the latest state. */
    static final Duration MIN_INTERVAL = Duration.ofSeconds(1);
    /** Keeps proxies from closing an idle stream and finds clients that went away. */
    static final Duration HEARTBEAT = Duration.ofSeconds(20);

    private final QueryGateway queries;
    /** Streams still open: ended when the app stops, or the web server's graceful shutdown waits for them. */
    private final Set<SseEmitter> open = ConcurrentHashMap.newKeySet();
    private final Duration timeout;
    private final Duration minInterval;
    private final Duration heartbeat;

    @Autowired
    public LeaderboardStream(QueryGateway queries) {
        this(queries, TIMEOUT, MIN_INTERVAL, HEARTBEAT);
    }

    LeaderboardStream(QueryGateway queries, Duration timeout, Duration minInterval, Duration heartbeat) {
        this.queries = queries;
        this.timeout = timeout;
        this.minInterval = minInterval;
        this.heartbeat = heartbeat;
    }

    /**
     * Streams the board of {@code query}.
     *
     * @param view what the reader may see of a page (e.g. without reward money)
     */
    public SseEmitter open(FindLeaderboardQuery query, UnaryOperator<LeaderboardPage> view) {
        return open(query, view, new SseEmitter(timeout.toMillis()));
    }

    <E extends SseEmitter> E open(FindLeaderboardQuery query, UnaryOperator<LeaderboardPage> view, E emitter) {
        SubscriptionQueryResult<LeaderboardPage, LeaderboardChanged> result = queries.subscriptionQuery(query,
                ResponseTypes.instanceOf(LeaderboardPage.class), ResponseTypes.instanceOf(LeaderboardChanged.class));
        Subscription subscription = new Subscription(result);
        open.add(emitter);
        emitter.onCompletion(() -> {
            open.remove(emitter);
            subscription.close();
        });
        emitter.onTimeout(() -> {
            subscription.close();
            emitter.complete();
        });
        emitter.onError(error -> {
            open.remove(emitter);
            subscription.close();
        });

        Flux<LeaderboardPage> refreshed = result.updates()
                .sample(minInterval)
                // asking runs JDBC: not on Reactor's parallel threads
                .publishOn(Schedulers.boundedElastic())
                .concatMap(changed -> Mono.fromFuture(
                        () -> queries.query(query, ResponseTypes.instanceOf(LeaderboardPage.class))));
        Flux<SseEmitter.SseEventBuilder> events = Flux.merge(
                result.initialResult().concatWith(refreshed)
                        .map(page -> SseEmitter.event().name(EVENT).data(view.apply(page), MediaType.APPLICATION_JSON)),
                Flux.interval(heartbeat, heartbeat).map(tick -> SseEmitter.event().comment("keep-alive")));
        subscription.started(events.subscribe(
                event -> send(emitter, event, subscription),
                error -> {
                    subscription.close();
                    emitter.completeWithError(error);
                },
                () -> {
                    subscription.close();
                    emitter.complete();
                }));
        return emitter;
    }

    private static void send(SseEmitter emitter, SseEmitter.SseEventBuilder event, Subscription subscription) {
        try {
            emitter.send(event);
        } catch (IOException | IllegalStateException e) {
            // the client went away or the emitter is done; Spring completes the emitter itself
            subscription.close();
        }
    }

    /** The subscription query and the stream fed from it, closed once. */
    static final class Subscription {

        private final SubscriptionQueryResult<?, ?> result;
        private final AtomicReference<Disposable> stream = new AtomicReference<>();
        private final AtomicBoolean closed = new AtomicBoolean();

        Subscription(SubscriptionQueryResult<?, ?> result) {
            this.result = result;
        }

        /** The stream may have ended (a failed first send) before it was handed over. */
        void started(Disposable disposable) {
            stream.set(disposable);
            if (closed.get()) {
                disposable.dispose();
            }
        }

        void close() {
            if (closed.compareAndSet(false, true)) {
                Disposable disposable = stream.get();
                if (disposable != null) {
                    disposable.dispose();
                }
                result.cancel();
            }
        }

        boolean isClosed() {
            return closed.get();
        }
    }

    /** Ends every open stream as the app stops (clients reconnect elsewhere or later). */
    @EventListener(ContextClosedEvent.class)
    void endStreams() {
        open.forEach(SseEmitter::complete);
        open.clear();
    }
}
