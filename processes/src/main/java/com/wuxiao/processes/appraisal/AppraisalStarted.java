package com.wuxiao.processes.appraisal;

/** The opened round and the process instance that runs it. */
public record AppraisalStarted(String roundId, String processInstanceId) {
}
