package com.wuxiao.infra.it;

import org.junit.jupiter.api.Test;
import org.springframework.boot.http.client.ClientHttpRequestFactorySettings;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What a new user meets first: health, the login in front of Tasklist, the API docs, demo data. */
class ApplicationSmokeTest extends IntegrationTestSupport {

    @Test
    void healthIsUpWithoutLogin() {
        ResponseEntity<Map> health = http.getForEntity("/actuator/health", Map.class);
        assertThat(health.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(health.getBody()).containsEntry("status", "UP");
    }

    @Test
    void tasklistAsksAnonymousVisitorsToLogIn() {
        ResponseEntity<String> tasklist = anonymous().getForEntity("/camunda/app/tasklist/", String.class);
        assertThat(tasklist.getStatusCode().is3xxRedirection()).isTrue();
        assertThat(tasklist.getHeaders().getLocation().getPath()).isEqualTo("/login");
        ResponseEntity<String> login = http.getForEntity("/login", String.class);
        assertThat(login.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(login.getBody()).contains("password");
    }

    @Test
    void camundaRestApiIsClosedToAnonymousCallers() {
        assertThat(anonymous().getForEntity("/engine-rest/task", String.class).getStatusCode().value()).isEqualTo(401);
        ResponseEntity<String> api = anonymous().getForEntity("/api/proposals", String.class);
        assertThat(api.getStatusCode().value()).isEqualTo(401);
        assertThat(api.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(api.getBody()).contains("urn:wuxiao:problem:login-required");
        // A made-up user: a wrong password for a real one would trip Camunda's login throttling.
        assertThat(http.withBasicAuth("nobody", "wrong").getForEntity("/engine-rest/task", String.class)
                .getStatusCode().value()).isEqualTo(401);
    }

    private TestRestTemplate anonymous() {
        return http.withRedirects(ClientHttpRequestFactorySettings.Redirects.DONT_FOLLOW);
    }

    @Test
    void aLoggedInUserSeesTasklist() {
        ResponseEntity<String> tasklist = as("c1001").getForEntity("/camunda/app/tasklist/default/", String.class);
        assertThat(tasklist.getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void demoCoordinatorHasTheDemoScreeningTaskPending() {
        List<Map<String, Object>> tasks = awaitTasksVisibleTo("c1001", "demo-proposal-1");
        assertThat(tasks).hasSize(1);
        assertThat(tasks.get(0).get("taskDefinitionKey")).isEqualTo("screenProposal");
    }

    @Test
    void openApiDescribesTheApi() {
        ResponseEntity<String> docs = as("w1001").getForEntity("/v3/api-docs", String.class);
        assertThat(docs.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(docs.getBody()).contains("/api/proposals", "/api/screenings", "\"scheme\":\"basic\"");
    }
}
