package com.wuxiao.infra.it;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Camunda's task completion and the event the process's command appends are one transaction: when
 * it rolls back after the command succeeded, neither the completion nor the event remains.
 */
class OneTransactionTest extends IntegrationTestSupport {

    @Autowired
    private TaskService taskService;

    @Autowired
    private IdentityService identityService;

    @Autowired
    private TransactionTemplate transaction;

    @Test
    void aCommandsEventRollsBackWithTheTaskCompletion() {
        String proposalId = submit("w1001", proposalBody("综采工作面端头支护改进"));
        String taskId = (String) awaitTasksVisibleTo("c1001", proposalId).get(0).get("id");
        long before = eventCount(proposalId);

        transaction.executeWithoutResult(status -> {
            identityService.setAuthentication("c1001", List.of("UNIT_COORDINATOR", "UNIT_COORDINATOR-ZC1", "ZC1"));
            try {
                taskService.complete(taskId, Map.of("outcome", "ACCEPT"));
            } finally {
                identityService.clearAuthentication();
            }
            // the acceptance, and the acceptance points of each of proposalBody's two authors
            assertThat(eventCount(proposalId)).as("the acceptance's events, inside the transaction")
                    .isEqualTo(before + 1 + 2);
            status.setRollbackOnly();
        });

        assertThat(eventCount(proposalId)).isEqualTo(before);
        Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
        assertThat(task).as("the task is open again").isNotNull();
    }
}
