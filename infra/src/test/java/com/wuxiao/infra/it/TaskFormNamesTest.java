package com.wuxiao.infra.it;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The screening form in Tasklist names what it shows: the category by the year's configuration
 * (demo: JDYS 机电运输), the unit and the authors by the identity store; codes beside the names.
 */
class TaskFormNamesTest extends IntegrationTestSupport {

    @Test
    @SuppressWarnings("unchecked")
    void theScreeningFormShowsNamesNotCodes() {
        String proposalId = submit("w1001", proposalBody("表单显示姓名测试"));
        String taskId = (String) awaitTasksVisibleTo("c1001", proposalId).get(0).get("id");

        Map<String, Map<String, Object>> variables = as("c1001").getForObject("/engine-rest/task/{id}/form-variables",
                Map.class, taskId);
        assertThat(variables.get("categoryName").get("value")).isEqualTo("机电运输 JDYS");
        assertThat(variables.get("unitName").get("value")).isEqualTo("综采一队（演示） ZC1");
        assertThat(variables.get("authorsNames").get("value")).isEqualTo("张伟 w1001 (60%), 李娜 w1002 (40%)");
        assertThat(variables.get("proposalId").get("value")).as("the form's link to the app's page").isEqualTo(proposalId);
    }
}
