package com.wuxiao.infra.it;

import com.wuxiao.command.competition.api.Grade;
import com.wuxiao.command.proposal.api.RecordAppraisalResultCommand;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Tasklist forms name what they show: the screening form the category by the year's configuration
 * (demo: JDYS 机电运输), the unit and the authors by the identity store; the patent and conversion
 * forms the unit; codes beside the names.
 */
class TaskFormNamesTest extends IntegrationTestSupport {

    @Autowired
    private CommandGateway commandGateway;

    @Autowired
    private Clock clock;

    @Test
    @SuppressWarnings("unchecked")
    void theScreeningFormShowsNamesNotCodes() {
        String proposalId = submit("w1001", proposalBody("表单显示姓名测试"));
        String taskId = (String) awaitTasksVisibleTo("c1001", proposalId).get(0).get("id");

        Map<String, Map<String, Object>> variables = formVariables("c1001", taskId);
        assertThat(variables.get("categoryName").get("value")).isEqualTo("机电运输 JDYS");
        assertThat(variables.get("unitName").get("value")).isEqualTo("综采一队（演示） ZC1");
        assertThat(variables.get("authorsNames").get("value")).isEqualTo("张伟 w1001 (60%), 李娜 w1002 (40%)");
        assertThat(variables.get("proposalId").get("value")).as("the form's link to the app's page").isEqualTo(proposalId);
    }

    @Test
    void thePatentAndConversionFormsNameTheUnits() {
        String proposalId = submit("w1001", proposalBody("专利与转化表单单位名称"));
        String screening = (String) awaitTasksVisibleTo("c1001", proposalId).get(0).get("id");
        completeTask("c1001", screening, Map.of("outcome", "ACCEPT"));
        awaitProposalStatus("w1001", proposalId, "ACCEPTED");
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneId.of("Asia/Shanghai"));
        // What the appraisal-outcome policy sends when a round is finalised (a whole round is another test's).
        commandGateway.sendAndWait(new RecordAppraisalResultCommand(proposalId,
                today.getYear() + "-Q" + ((today.getMonthValue() - 1) / 3 + 1), Grade.SECOND,
                new BigDecimal("85.00"), 1, clock.instant()));
        awaitProposalStatus("w1001", proposalId, "AWARDED");

        ResponseEntity<Map> patent = as("leader").postForEntity("/api/patents",
                Map.of("proposalId", proposalId, "type", "UTILITY_MODEL"), Map.class);
        assertThat(patent.getStatusCode().value()).as(String.valueOf(patent.getBody())).isEqualTo(201);
        String patentTask = awaitTask("leader", (String) patent.getBody().get("patentId"));
        assertThat(formVariables("leader", patentTask).get("unitName").get("value")).isEqualTo("综采一队（演示） ZC1");

        ResponseEntity<Map> conversion = as("leader").postForEntity("/api/conversions", Map.of(
                "proposalId", proposalId, "receivingUnitId", "JJ2", "ownerId", "owner2",
                "planned", Map.of("trialStart", today.plusDays(10).toString(), "trialEnd", today.plusDays(40).toString(),
                        "adoptionDecision", today.plusDays(60).toString())), Map.class);
        assertThat(conversion.getStatusCode().value()).as(String.valueOf(conversion.getBody())).isEqualTo(201);
        String conversionTask = awaitTask("owner2", (String) conversion.getBody().get("conversionId"));
        assertThat(formVariables("owner2", conversionTask).get("receivingUnitName").get("value"))
                .isEqualTo("掘进二队（演示） JJ2");
        // A production owner opens the result's page from the form.
        assertThat(as("owner2").getForEntity("/api/proposals/{id}", String.class, proposalId).getStatusCode().value())
                .isEqualTo(200);
    }

    @SuppressWarnings("unchecked")
    private String awaitTask(String userId, String businessKey) {
        List<Map<String, Object>> tasks = await().atMost(Duration.ofSeconds(20)).until(() -> as(userId)
                .getForObject("/engine-rest/task?processInstanceBusinessKey={key}", List.class, businessKey),
                found -> found != null && !found.isEmpty());
        return (String) tasks.get(0).get("id");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Map<String, Object>> formVariables(String userId, String taskId) {
        return as(userId).getForObject("/engine-rest/task/{id}/form-variables", Map.class, taskId);
    }
}
