package com.wuxiao.infra.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpEntity;
import org.springframework.http.ResponseEntity;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A command for an aggregate that does not exist is an ordinary 404 for the caller, and the log
 * stays readable: Axon's repository would log each such load at WARN with a stack trace.
 */
@ExtendWith(OutputCaptureExtension.class)
class QuietNotFoundTest extends IntegrationTestSupport {

    @Test
    void aCommandForNoSuchProposalIsA404WithoutAStackTraceInTheLog(CapturedOutput output) {
        ResponseEntity<String> answer = as("w1001").postForEntity("/api/proposals/{id}/withdraw",
                new HttpEntity<>(Map.of()), String.class, "no-such-proposal-" + System.nanoTime());

        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(404);
        assertThat(output.getAll()).doesNotContain("Exception occurred while trying to load")
                .doesNotContain("AggregateNotFoundException");
    }
}
