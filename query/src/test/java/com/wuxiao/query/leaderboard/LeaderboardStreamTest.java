package com.wuxiao.query.leaderboard;

import com.wuxiao.query.leaderboard.api.FindLeaderboardQuery;
import com.wuxiao.query.leaderboard.api.LeaderboardChanged;
import com.wuxiao.query.leaderboard.api.LeaderboardKind;
import com.wuxiao.query.leaderboard.api.LeaderboardPage;
import com.wuxiao.query.leaderboard.api.LeaderboardRow;
import com.wuxiao.query.period.api.Period;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.junit.jupiter.api.Test;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyEmitter;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class LeaderboardStreamTest {

    private static final FindLeaderboardQuery QUERY =
            new FindLeaderboardQuery(LeaderboardKind.INDIVIDUALS, Period.month(2026, 11), 0, 20);

    private final QueryGateway gateway = mock(QueryGateway.class);
    private final Sinks.Many<LeaderboardChanged> updates = Sinks.many().unicast().onBackpressureBuffer();
    private final FakeResult result = new FakeResult(page("1.20"), updates.asFlux());
    private final LeaderboardStream stream =
            new LeaderboardStream(gateway, Duration.ofMinutes(1), Duration.ofMillis(50), Duration.ofMinutes(1));

    @SuppressWarnings("unchecked")
    LeaderboardStreamTest() {
        when(gateway.subscriptionQuery(eq(QUERY), any(ResponseType.class), any(ResponseType.class)))
                .thenReturn((SubscriptionQueryResult) result);
    }

    private static LeaderboardPage page(String points) {
        return new LeaderboardPage(LeaderboardKind.INDIVIDUALS, "2026-11",
                List.of(new LeaderboardRow(1, "w1001", null, "ZC1", new BigDecimal(points), 5000L, null, 1, 0)),
                0, 20, 1);
    }

    @Test
    void theInitialBoardIsSentAtOnceAsSeenByTheReader() {
        CapturingEmitter emitter = stream.open(QUERY, LeaderboardPage::withoutRewards, new CapturingEmitter());

        await().atMost(Duration.ofSeconds(5)).until(() -> emitter.pages().size() == 1);
        LeaderboardPage sent = emitter.pages().get(0);
        assertThat(sent.rows().get(0).points()).isEqualByComparingTo("1.20");
        assertThat(sent.rows().get(0).rewardFen()).as("the view was applied").isNull();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aChangeNoticeSendsTheBoardAskedAgain() {
        when(gateway.query(eq(QUERY), any(ResponseType.class)))
                .thenReturn(CompletableFuture.completedFuture(page("3.20")));
        CapturingEmitter emitter = stream.open(QUERY, p -> p, new CapturingEmitter());
        await().atMost(Duration.ofSeconds(5)).until(() -> emitter.pages().size() == 1);

        updates.tryEmitNext(new LeaderboardChanged(List.of("2026-11")));

        await().atMost(Duration.ofSeconds(5)).until(() -> emitter.pages().size() == 2);
        assertThat(emitter.pages().get(1).rows().get(0).points()).isEqualByComparingTo("3.20");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aBurstOfNoticesIsOneRefresh() {
        when(gateway.query(eq(QUERY), any(ResponseType.class)))
                .thenReturn(CompletableFuture.completedFuture(page("9.00")));
        LeaderboardStream sampling = new LeaderboardStream(gateway, Duration.ofMinutes(1), Duration.ofMillis(300),
                Duration.ofMinutes(1));
        CapturingEmitter emitter = sampling.open(QUERY, p -> p, new CapturingEmitter());

        for (int i = 0; i < 50; i++) {
            updates.tryEmitNext(new LeaderboardChanged(List.of("2026-11")));
        }

        await().atMost(Duration.ofSeconds(5)).until(() -> emitter.pages().size() == 2);
        await().during(Duration.ofMillis(700)).atMost(Duration.ofSeconds(2)).until(() -> emitter.pages().size() == 2);
        verify(gateway, times(1)).query(eq(QUERY), any(ResponseType.class));
    }

    @Test
    void completionCancelsTheSubscription() {
        CapturingEmitter emitter = stream.open(QUERY, p -> p, new CapturingEmitter());
        await().atMost(Duration.ofSeconds(5)).until(() -> emitter.pages().size() == 1);

        emitter.completionCallback.run();

        assertThat(result.cancelled).isTrue();
        assertThat(updates.currentSubscriberCount()).as("the update stream is disposed").isZero();
    }

    @Test
    void aTimeoutCancelsTheSubscriptionAndCompletes() {
        CapturingEmitter emitter = stream.open(QUERY, p -> p, new CapturingEmitter());

        emitter.timeoutCallback.run();

        assertThat(result.cancelled).isTrue();
        assertThat(emitter.completed).isTrue();
    }

    @Test
    void theAppStoppingEndsOpenStreams() {
        // Else the web server's graceful shutdown waits its whole timeout for the open requests.
        CapturingEmitter open = stream.open(QUERY, p -> p, new CapturingEmitter());
        CapturingEmitter ended = stream.open(QUERY, p -> p, new CapturingEmitter());
        ended.completionCallback.run();
        ended.completed = false;

        stream.endStreams();

        assertThat(open.completed).isTrue();
        assertThat(ended.completed).as("a stream already ended is not ended again").isFalse();
    }

    @Test
    void anErrorCancelsTheSubscription() {
        CapturingEmitter emitter = stream.open(QUERY, p -> p, new CapturingEmitter());

        emitter.errorCallback.accept(new IOException("broken pipe"));

        assertThat(result.cancelled).isTrue();
    }

    @Test
    void aClientThatWentAwayCancelsTheSubscription() {
        CapturingEmitter emitter = new CapturingEmitter();
        emitter.failSends = true;

        stream.open(QUERY, p -> p, emitter);

        await().atMost(Duration.ofSeconds(5)).until(() -> result.cancelled);
        assertThat(updates.currentSubscriberCount()).isZero();
    }

    @Test
    @SuppressWarnings("unchecked")
    void nothingIsAskedAgainWithoutANotice() {
        CapturingEmitter emitter = stream.open(QUERY, p -> p, new CapturingEmitter());
        await().atMost(Duration.ofSeconds(5)).until(() -> emitter.pages().size() == 1);

        verify(gateway, never()).query(any(), any(ResponseType.class));
    }

    /** Remembers what is sent and the callbacks Spring MVC would call. */
    static final class CapturingEmitter extends SseEmitter {

        final List<Set<ResponseBodyEmitter.DataWithMediaType>> sent = new CopyOnWriteArrayList<>();
        volatile boolean failSends;
        volatile boolean completed;
        Runnable completionCallback;
        Runnable timeoutCallback;
        Consumer<Throwable> errorCallback;

        @Override
        public void send(SseEventBuilder builder) throws IOException {
            if (failSends) {
                throw new IOException("client went away");
            }
            sent.add(builder.build());
        }

        @Override
        public synchronized void onCompletion(Runnable callback) {
            completionCallback = callback;
        }

        @Override
        public synchronized void onTimeout(Runnable callback) {
            timeoutCallback = callback;
        }

        @Override
        public synchronized void onError(Consumer<Throwable> callback) {
            errorCallback = callback;
        }

        @Override
        public synchronized void complete() {
            completed = true;
        }

        List<LeaderboardPage> pages() {
            return sent.stream()
                    .flatMap(Set::stream)
                    .map(ResponseBodyEmitter.DataWithMediaType::getData)
                    .filter(LeaderboardPage.class::isInstance)
                    .map(LeaderboardPage.class::cast)
                    .toList();
        }
    }

    static final class FakeResult implements SubscriptionQueryResult<LeaderboardPage, LeaderboardChanged> {

        private final LeaderboardPage initial;
        private final Flux<LeaderboardChanged> updates;
        volatile boolean cancelled;

        FakeResult(LeaderboardPage initial, Flux<LeaderboardChanged> updates) {
            this.initial = initial;
            this.updates = updates;
        }

        @Override
        public Mono<LeaderboardPage> initialResult() {
            return Mono.just(initial);
        }

        @Override
        public Flux<LeaderboardChanged> updates() {
            return updates;
        }

        @Override
        public boolean cancel() {
            cancelled = true;
            return true;
        }
    }
}
