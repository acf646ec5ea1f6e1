package com.wuxiao.processes.engine;

import org.junit.jupiter.api.Test;

import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReadSideTest {

    @Test
    void anAnswerIsPassedOn() {
        assertThat(ReadSide.await(CompletableFuture.completedFuture("p-1"))).isEqualTo("p-1");
    }

    @Test
    void aFailedQueryIsUnavailableWithItsCause() {
        IllegalStateException cause = new IllegalStateException("read model down");
        assertThatThrownBy(() -> ReadSide.await(CompletableFuture.failedFuture(cause)))
                .isInstanceOf(ReadSide.Unavailable.class).hasCause(cause);
    }

    @Test
    void aQueryThatDoesNotAnswerIsGivenUpAfterTheTimeoutAndCancelled() {
        CompletableFuture<String> never = new CompletableFuture<>();
        long started = System.nanoTime();
        assertThatThrownBy(() -> ReadSide.await(never)).isInstanceOf(ReadSide.Unavailable.class)
                .hasMessageContaining("did not answer");
        assertThat(System.nanoTime() - started).isGreaterThanOrEqualTo(ReadSide.TIMEOUT.toNanos());
        assertThat(never).isCancelled();
    }

    @Test
    void anInterruptedWaitKeepsTheInterrupt() {
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> ReadSide.await(new CompletableFuture<>()))
                    .isInstanceOf(ReadSide.Unavailable.class).hasMessageContaining("interrupted");
            assertThat(Thread.interrupted()).as("the interrupt is kept").isTrue();
        } finally {
            Thread.interrupted();
        }
    }
}
