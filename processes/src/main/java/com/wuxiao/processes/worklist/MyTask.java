package com.wuxiao.processes.worklist;

import java.time.Instant;

/**
 * One open Camunda task of the logged-in user.
 *
 * @param processKey   the process definition key, e.g. production-conversion
 * @param businessKey  the process instance's business key: the aggregate it works on (a proposal id
 *                     for the monthly review, a conversion id, a patent id, a round id)
 * @param proposalId   the proposal it concerns, where the process knows one
 * @param conversionId the conversion, for production conversion tasks
 * @param overdue      past its due date
 * @param tasklistUrl  the task in Camunda Tasklist, relative to the app
 */
public record MyTask(String taskId,
                     String name,
                     String processKey,
                     String taskDefinitionKey,
                     String businessKey,
                     String proposalId,
                     String conversionId,
                     String assignee,
                     Instant created,
                     Instant due,
                     boolean overdue,
                     String tasklistUrl) {
}
