package com.wuxiao.infra.it;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.net.URI;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Task permissions as the roles have them, through Camunda's REST API as Tasklist and API clients
 * reach it: candidates claim, complete (with their form's fields only) and comment; nobody writes
 * process variables, moves a process on or hands a task outside its candidates; the administrator
 * operates the engine, and Camunda's operation log records it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EngineRestGuardTest extends IntegrationTestSupport {

    private static final String FAILING_PROCESS = "engine-guard-failing-job";

    @Autowired
    private ManagementService managementService;
    @Autowired
    private RuntimeService runtimeService;
    @Autowired
    private RepositoryService repositoryService;
    @Autowired
    private HistoryService historyService;

    private String deploymentId;

    /** An engine failure to operate on: a job whose expression cannot be resolved, tried until it has no retries. */
    @BeforeAll
    void deployAFailingJob() {
        deploymentId = repositoryService.createDeployment().name(FAILING_PROCESS)
                .addModelInstance(FAILING_PROCESS + ".bpmn", Bpmn.createExecutableProcess(FAILING_PROCESS)
                        .camundaHistoryTimeToLive(1)
                        .startEvent().serviceTask().camundaAsyncBefore().camundaExpression("${noSuchBean.run()}")
                        .endEvent().done())
                .deploy().getId();
    }

    @AfterAll
    void removeTheFailingJob() {
        repositoryService.deleteDeployment(deploymentId, true);
    }

    @Test
    void aCoordinatorCannotStretchTheRevisionWindowOrHandTheTaskToAWorker() {
        String taskId = screeningTaskOfANewProposal();
        String processInstanceId = (String) task("c1001", taskId).get("processInstanceId");
        Object windowBefore = runtimeService.getVariable(processInstanceId, "revisionWindow");

        assertRefused(send("c1001", HttpMethod.PUT, "/engine-rest/task/{id}/variables/revisionWindow",
                Map.of("value", "P999D", "type", "String"), taskId), null);
        assertRefused(send("c1001", HttpMethod.PUT, "/engine-rest/process-instance/{id}/variables/revisionWindow",
                Map.of("value", "P999D", "type", "String"), processInstanceId), "process-control");
        assertRefused(send("admin", HttpMethod.PUT, "/engine-rest/process-instance/{id}/variables/revisionWindow",
                Map.of("value", "P999D", "type", "String"), processInstanceId), "process-control");
        assertThat(runtimeService.getVariable(processInstanceId, "revisionWindow")).isEqualTo(windowBefore);

        assertRefused(send("c1001", HttpMethod.POST, "/engine-rest/task/{id}/assignee", Map.of("userId", "w1001"), taskId),
                "assignee-not-candidate");
        // The administrator operates the engine; tasks stay with their candidates.
        assertRefused(send("admin", HttpMethod.POST, "/engine-rest/task/{id}/assignee", Map.of("userId", "w1001"), taskId),
                "not-a-task-candidate");
        assertRefused(send("c1001", HttpMethod.POST, "/engine-rest/task/{id}/claim", Map.of("userId", "w1001"), taskId),
                "claim-for-self");
        assertThat(tasksVisibleTo("w1001", businessKeyOf(taskId))).isEmpty();
        assertThat(task("c1001", taskId).get("assignee")).isNull();

        // Through the webapps' mount too, where Tasklist sends its requests.
        assertRefused(send("c1001", HttpMethod.POST, "/camunda/api/engine/engine/default/task/{id}/claim",
                Map.of("userId", "w1001"), taskId), "claim-for-self");

        assertThat(send("c1001", HttpMethod.POST, "/engine-rest/task/{id}/claim", Map.of("userId", "c1001"), taskId)
                .getStatusCode().value()).isEqualTo(204);
        assertThat(task("c1001", taskId).get("assignee")).isEqualTo("c1001");
        // A worker cannot take it from the coordinator; the coordinator can give it back.
        assertRefused(send("w1001", HttpMethod.POST, "/engine-rest/task/{id}/unclaim", null, taskId), "not-a-task-candidate");
        assertThat(send("c1001", HttpMethod.POST, "/engine-rest/task/{id}/unclaim", null, taskId)
                .getStatusCode().value()).isEqualTo(204);
        assertThat(task("c1001", taskId).get("assignee")).isNull();
    }

    @Test
    void aCompletionCarriesOnlyTheFieldsOfTheTasksForm() {
        String taskId = screeningTaskOfANewProposal();
        String proposalId = businessKeyOf(taskId);
        String processInstanceId = (String) task("c1001", taskId).get("processInstanceId");
        long events = eventCount(proposalId);

        ResponseEntity<String> extra = completeTask("c1001", taskId, Map.of("outcome", "ACCEPT", "revisionWindow", "P999D"));
        assertRefused(extra, "task-variable-not-in-form");
        // A body the guard would have to hold in memory beyond its limit is refused before it is read whole.
        ResponseEntity<String> huge = postTo("/engine-rest/task/" + taskId + "/complete",
                Map.of("variables", Map.of("comment", Map.of("value", "长".repeat(1 << 20)))));
        assertThat(huge.getStatusCode().value()).isEqualTo(413);
        assertThat(huge.getBody()).contains("urn:wuxiao:problem:payload-too-large");
        // Spelt otherwise, the path leads to the same resource, and to the same rule.
        Map<String, Object> foreign = Map.of("variables", Map.of("outcome", Map.of("value", "ACCEPT"),
                "revisionWindow", Map.of("value", "P999D")));
        for (String spelling : List.of("/engine-rest/task/" + taskId + "/compl%65te",
                "/engine-rest/engine/default/task/" + taskId + "/complete/")) {
            assertRefused(postTo(spelling, foreign), "task-variable-not-in-form");
        }
        // A path parameter never gets that far: Spring Security's firewall turns it away.
        assertThat(postTo("/engine-rest/task/" + taskId + "/complete;x=1", foreign).getStatusCode().value()).isEqualTo(400);
        assertThat(tasksVisibleTo("c1001", proposalId)).extracting(t -> t.get("id")).containsExactly(taskId);
        assertThat(eventCount(proposalId)).isEqualTo(events);

        // A read-only field is the process's value: Tasklist sends it back, and it stays as it was.
        ResponseEntity<String> accepted = completeTask("c1001", taskId, Map.of("outcome", "ACCEPT", "unitName", "掘进二队 JJ2"));
        assertThat(accepted.getStatusCode().value()).as(accepted.getBody()).isEqualTo(204);
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceIdIn(processInstanceId)
                .variableName("unitName").singleResult().getValue()).isEqualTo("综采一队（演示） ZC1");
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceIdIn(processInstanceId)
                .variableName("unitId").singleResult().getValue()).isEqualTo("ZC1");
        awaitProposalStatus("w1001", proposalId, "ACCEPTED");
    }

    @Test
    void candidatesCommentOthersDoNot() {
        String taskId = screeningTaskOfANewProposal();
        assertThat(send("c1001", HttpMethod.POST, "/engine-rest/task/{id}/comment/create", Map.of("message", "请补充图纸"), taskId)
                .getStatusCode().value()).isEqualTo(200);
        assertRefused(send("w2001", HttpMethod.POST, "/engine-rest/task/{id}/comment/create", Map.of("message", "x"), taskId),
                "not-a-task-candidate");
        assertRefused(send("c1001", HttpMethod.DELETE, "/engine-rest/task/{id}/comment", null, taskId), "process-control");
    }

    @Test
    void nobodyMovesAProcessOnThroughRest() {
        String taskId = screeningTaskOfANewProposal();
        String proposalId = businessKeyOf(taskId);
        assertRefused(send("admin", HttpMethod.POST, "/engine-rest/message",
                Map.of("messageName", "ProposalWithdrawn", "businessKey", proposalId)), "process-control");
        assertRefused(send("leader", HttpMethod.POST, "/engine-rest/process-definition/key/quarterly-appraisal/start",
                Map.of("businessKey", "2099-Q1")), "process-control");
        assertRefused(send("admin", HttpMethod.POST, "/engine-rest/task/{id}/bpmnError", Map.of("errorCode", "x"), taskId),
                "process-control");
        assertThat(tasksVisibleTo("c1001", proposalId)).extracting(t -> t.get("id")).containsExactly(taskId);
    }

    @Test
    void theAdministratorRetriesAFailedJobAndTheOperationLogSaysWho() {
        String processInstanceId = runtimeService.startProcessInstanceByKey(FAILING_PROCESS).getId();
        Job job = managementService.createJobQuery().processInstanceId(processInstanceId).singleResult();
        exhaustRetries(job.getId());
        assertThat(incidentsOf("admin", processInstanceId)).hasSize(1);

        for (String user : List.of("c1001", "leader", "w1001")) {
            assertThat(incidentsOf(user, processInstanceId)).as(user).isEmpty();
            assertRefused(send(user, HttpMethod.PUT, "/engine-rest/job/{id}/retries", Map.of("retries", 1), job.getId()), null);
        }
        assertThat(send("admin", HttpMethod.GET, "/engine-rest/process-instance/{id}", null, processInstanceId)
                .getStatusCode().value()).isEqualTo(200);

        ResponseEntity<String> retried = send("admin", HttpMethod.PUT, "/engine-rest/job/{id}/retries", Map.of("retries", 1), job.getId());
        assertThat(retried.getStatusCode().value()).as(retried.getBody()).isEqualTo(204);
        assertThat(incidentsOf("admin", processInstanceId)).isEmpty();
        // Run by hand: the guard lets a failed job through, and the engine runs it (and it fails again).
        ResponseEntity<String> execute = send("admin", HttpMethod.POST, "/engine-rest/job/{id}/execute", null, job.getId());
        assertThat(execute.getBody()).contains("noSuchBean").doesNotContain("urn:wuxiao:problem:");

        ResponseEntity<List> log = as("admin").getForEntity("/engine-rest/history/user-operation?jobId={id}", List.class, job.getId());
        assertThat(log.getBody()).extracting(entry -> ((Map<?, ?>) entry).get("operationType"), entry -> ((Map<?, ?>) entry).get("userId"))
                .contains(tuple("SetJobRetries", "admin"));
    }

    @Test
    void timersFireAtTheirTimeNotByHand() {
        String taskId = screeningTaskOfANewProposal();
        String processInstanceId = (String) task("c1001", taskId).get("processInstanceId");
        Job timer = managementService.createJobQuery().processInstanceId(processInstanceId).timers().singleResult();
        assertRefused(send("admin", HttpMethod.POST, "/engine-rest/job/{id}/execute", null, timer.getId()), "job-not-failed");
        assertRefused(send("admin", HttpMethod.PUT, "/engine-rest/job/{id}/duedate", Map.of("duedate", "2099-01-01T00:00:00.000+0800"),
                timer.getId()), "process-control");
        assertRefused(send("admin", HttpMethod.DELETE, "/engine-rest/job/{id}", null, timer.getId()), "process-control");
        assertRefused(send("admin", HttpMethod.PUT, "/engine-rest/job/{id}/suspended", Map.of("suspended", true),
                timer.getId()), "process-control");
        assertRefused(send("admin", HttpMethod.PUT, "/engine-rest/process-instance/{id}/suspended", Map.of("suspended", true),
                processInstanceId), "process-control");
        Job after = managementService.createJobQuery().jobId(timer.getId()).singleResult();
        assertThat(after.getDuedate()).isEqualTo(timer.getDuedate());
        assertThat(after.isSuspended()).isFalse();
    }

    @Test
    void workersSeeThemselvesInTheDirectoryNotOthers() {
        ResponseEntity<List> users = as("w1001").getForEntity("/engine-rest/user", List.class);
        assertThat(users.getBody()).extracting(u -> ((Map<?, ?>) u).get("id")).containsExactly("w1001");
        assertThat(as("w1001").getForEntity("/engine-rest/user/w1002/profile", String.class).getStatusCode().value())
                .isIn(403, 404);
        assertRefused(as("w1001").getForEntity("/engine-rest/group?member=c1001", String.class), "memberships-of-others");
        assertRefused(as("r0001").getForEntity("/engine-rest/identity/groups?userId=w1001", String.class), "memberships-of-others");
        assertThat(as("admin").getForEntity("/engine-rest/group?member=c1001", List.class).getBody()).isNotEmpty();

        ResponseEntity<String> nul = as("w1001").getForEntity(URI.create("/api/people?q=%00"), String.class);
        assertThat(nul.getStatusCode().value()).as(nul.getBody()).isEqualTo(400);
        assertThat(nul.getBody()).contains("urn:wuxiao:problem:invalid-text");

        // Names for picking co-authors come from the app's own search: names and units, no e-mail.
        ResponseEntity<Map> people = as("w1001").getForEntity("/api/people?q=w100", Map.class);
        assertThat(people.getStatusCode().value()).isEqualTo(200);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> items = (List<Map<String, Object>>) people.getBody().get("items");
        assertThat(items).extracting(p -> p.get("userId")).contains("w1001", "w1002");
        assertThat(items).allSatisfy(p -> assertThat(p).containsOnlyKeys("userId", "name", "unitId", "unitName"));
        assertThat(items).filteredOn(p -> "w1002".equals(p.get("userId"))).singleElement()
                .satisfies(p -> assertThat(p.get("unitId")).isEqualTo("ZC1"));
    }

    private String screeningTaskOfANewProposal() {
        String proposalId = submit("w1001", proposalBody("防爆开关远程监测装置"));
        return (String) awaitTasksVisibleTo("c1001", proposalId).get(0).get("id");
    }

    private String businessKeyOf(String taskId) {
        return runtimeService.createProcessInstanceQuery()
                .processInstanceId((String) task("admin", taskId).get("processInstanceId")).singleResult().getBusinessKey();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> task(String user, String taskId) {
        return as(user).getForObject("/engine-rest/task/{id}", Map.class, taskId);
    }

    private List<?> incidentsOf(String user, String processInstanceId) {
        return as(user).getForObject("/engine-rest/incident?processInstanceId={id}", List.class, processInstanceId);
    }

    private void exhaustRetries(String jobId) {
        for (int attempt = 0; attempt < 3; attempt++) {
            try {
                managementService.executeJob(jobId);
            } catch (RuntimeException expected) {
                // The expression cannot be resolved: each run fails and uses up one retry.
            }
        }
        assertThat(managementService.createJobQuery().jobId(jobId).singleResult().getRetries()).isZero();
    }

    private ResponseEntity<String> postTo(String rawPath, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return as("c1001").exchange(URI.create(rawPath), HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
    }

    private ResponseEntity<String> send(String user, HttpMethod method, String path, Object body, Object... uriVariables) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return as(user).exchange(path, method, new HttpEntity<>(body, headers), String.class, uriVariables);
    }

    /** Refused: 403 (by the guard with its code, or by Camunda's authorization when code is null). */
    private static void assertRefused(ResponseEntity<String> response, String code) {
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(403);
        if (code != null) {
            assertThat(response.getHeaders().getContentType()).isNotNull();
            assertThat(response.getBody()).contains("urn:wuxiao:problem:" + code).contains("messageZh").contains("messageEn");
        }
    }
}
