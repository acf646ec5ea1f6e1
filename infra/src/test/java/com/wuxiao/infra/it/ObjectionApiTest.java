package com.wuxiao.infra.it;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Objections enter through the API with the usual problem documents; rules live in the round. */
class ObjectionApiTest extends IntegrationTestSupport {

    @Test
    void anObjectionNeedsAReason() {
        ResponseEntity<Map> response = as("w2001").postForEntity("/api/appraisal-rounds/{id}/objections",
                Map.of("proposalId", "p-1"), Map.class, "2026-Q1");
        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody()).containsEntry("field", "reason");
    }

    @Test
    void anObjectionToARoundThatDoesNotExistIsNotFound() {
        long before = totalEvents();
        ResponseEntity<Map> response = as("w2001").postForEntity("/api/appraisal-rounds/{id}/objections",
                Map.of("proposalId", "p-1", "reason", "评分有误"), Map.class, "1999-Q1");
        assertThat(response.getStatusCode().value()).isEqualTo(404);
        assertThat(totalEvents()).isEqualTo(before);
    }
}
