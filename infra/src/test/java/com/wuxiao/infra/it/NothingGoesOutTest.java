package com.wuxiao.infra.it;

import org.axonframework.updates.LoggingUpdateCheckerReporter;
import org.axonframework.updates.UpdateChecker;
import org.axonframework.updates.UpdateCheckerHttpClient;
import org.axonframework.updates.configuration.UsagePropertyProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.ResponseEntity;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Nothing of the app reaches past localhost: the test JVM sends every outbound connection to a
 * closed port and remembers it ({@link OutboundConnections}, installed before the context starts).
 */
class NothingGoesOutTest extends IntegrationTestSupport {

    private static final String AXONIQ_HOST = "get.axoniq.io";
    private static final String AXON_FAILURE_LOG = "Failed to report anonymous usage data";
    private static final Pattern EXTERNAL_REFERENCE =
            Pattern.compile("(?:src|href|url)\\s*[=:(]\\s*[\"']?((?:https?:)?//[^\"' )>]+)", Pattern.CASE_INSENSITIVE);

    @Autowired
    private UsagePropertyProvider usageProperties;

    @Test
    void theRunningAppHasTriedNoOutboundConnection() {
        // The pages that pull in the most libraries, so that anything they fetch on the server shows.
        as("admin").getForEntity("/swagger-ui/index.html", String.class);
        as("admin").getForEntity("/v3/api-docs", String.class);
        as("admin").getForEntity("/camunda/app/cockpit/default/", String.class);

        assertThat(OutboundConnections.attempts()).isEmpty();
    }

    /**
     * Axon skips its update checker when it detects a test run, so the test builds it exactly as
     * Axon's auto-configuration does, with the app's provider, and watches the network and the log;
     * the control shows that both watches see Axon's client when it is not opted out.
     */
    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void axonsUpdateCheckerIsOptedOutAndTheLogStaysQuiet(CapturedOutput log) throws Exception {
        assertThat(usageProperties.getDisabled()).isTrue();
        UpdateChecker optedOut = checkerWith(usageProperties);
        optedOut.start();
        Thread.sleep(Duration.ofSeconds(3).toMillis()); // its first report would go out after 1 s
        optedOut.stop();
        assertThat(OutboundConnections.attempts()).extracting(URI::getHost).doesNotContain(AXONIQ_HOST);
        assertThat(log.getAll()).doesNotContain(AXON_FAILURE_LOG);

        UpdateChecker control = checkerWith(reportingTo("https://" + AXONIQ_HOST + "/updates/framework"));
        try {
            control.start();
            await().atMost(Duration.ofSeconds(15)).until(() -> OutboundConnections.attempts().stream()
                    .anyMatch(uri -> AXONIQ_HOST.equals(uri.getHost())));
            // What the running app logged every few seconds before: the capture sees it when it happens.
            await().atMost(Duration.ofSeconds(15)).until(() -> log.getAll().contains(AXON_FAILURE_LOG));
        } finally {
            control.stop();
            OutboundConnections.forget(AXONIQ_HOST);
        }
    }

    @Test
    void camundaHasNoTelemetrySender() {
        // Camunda 7.22 removed the sender; an upgrade that brings one back must be looked at.
        assertThatThrownBy(() -> Class.forName("org.camunda.bpm.engine.impl.telemetry.reporter.TelemetryReporter"))
                .isInstanceOf(ClassNotFoundException.class);
    }

    @Test
    void pagesLoadNothingFromOutside() {
        for (String page : List.of("/swagger-ui/index.html", "/swagger-ui/swagger-initializer.js",
                "/v3/api-docs/swagger-config", "/camunda/app/tasklist/default/", "/camunda/app/cockpit/default/",
                "/camunda/app/admin/default/")) {
            ResponseEntity<String> response = as("admin").getForEntity(page, String.class);
            assertThat(response.getStatusCode().is2xxSuccessful()).as(page).isTrue();
            assertThat(externalReferences(response.getBody())).as(page).isEmpty();
        }
    }

    private static List<String> externalReferences(String body) {
        Matcher matcher = EXTERNAL_REFERENCE.matcher(body);
        List<String> found = new ArrayList<>();
        while (matcher.find()) {
            String reference = matcher.group(1);
            if (!reference.matches("(?i)(https?:)?//(localhost|127\\.0\\.0\\.1)([:/].*)?")) {
                found.add(reference);
            }
        }
        return found;
    }

    private static UpdateChecker checkerWith(UsagePropertyProvider properties) {
        return new UpdateChecker(new UpdateCheckerHttpClient(properties), new LoggingUpdateCheckerReporter(), properties);
    }

    private static UsagePropertyProvider reportingTo(String url) {
        return new UsagePropertyProvider() {
            @Override
            public Boolean getDisabled() {
                return Boolean.FALSE;
            }

            @Override
            public String getUrl() {
                return url;
            }

            @Override
            public int priority() {
                return Integer.MAX_VALUE;
            }
        };
    }
}
