package com.wuxiao.infra.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.ResponseEntity;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Tasklist form a rule refuses (a return without its comment) reaches the coordinator as the
 * rule's message, and the log says so in one line instead of an ERROR with a stack trace.
 */
@ExtendWith(OutputCaptureExtension.class)
class EngineRefusalLogTest extends IntegrationTestSupport {

    @Test
    void aRefusedTaskFormIsOneInfoLineNotAnEngineError(CapturedOutput output) {
        String proposalId = submit("w1001", proposalBody("刮板机溜槽耐磨衬板"));
        String taskId = (String) awaitTasksVisibleTo("c1001", proposalId).get(0).get("id");

        ResponseEntity<String> completion = completeTask("c1001", taskId, Map.of("outcome", "RETURN"));

        assertThat(completion.getStatusCode().value()).as(completion.getBody()).isEqualTo(400);
        assertThat(completion.getBody()).contains("\"field\":\"comment\"");
        assertThat(output.getAll()).doesNotContain("ENGINE-16004")
                .containsPattern("INFO .*RefusalLogFilter +: A process step refused: .+ \\(\\S+\\)");
    }
}
