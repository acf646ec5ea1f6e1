package com.wuxiao.infra.it;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/** Bad input gets a 4xx problem document that names the field, and stores nothing. */
class BadInputTest extends IntegrationTestSupport {

    @Test
    void missingTitle() {
        assertRefused("w1001", body -> body.remove("title"), 400, "title");
    }

    @Test
    void sharesNotSummingTo100() {
        assertRefused("w1001", body -> body.put("authors", List.of(
                Map.of("workerId", "w1001", "share", 60), Map.of("workerId", "w1002", "share", 30))), 400, "authors");
    }

    @Test
    void unknownCategory() {
        assertRefused("w1001", body -> body.put("categoryCode", "NOPE"), 400, "categoryCode");
    }

    @Test
    void unknownType() {
        assertRefused("w1001", body -> body.put("type", "BIG_INVENTION"), 400, "type");
    }

    @Test
    void oversizeTitle() {
        assertRefused("w1001", body -> body.put("title", "长".repeat(101)), 400, "title");
    }

    @Test
    void submitterWhoIsNotAnAuthor() {
        assertRefused("w2001", body -> { }, 403, null);
    }

    @Test
    void reviewerCannotSubmit() {
        assertRefused("r0001", body -> body.put("authors", List.of(Map.of("workerId", "r0001", "share", 100))),
                403, null);
    }

    @Test
    void withdrawingSomeoneElsesProposal() {
        String proposalId = submit("w1001", proposalBody("采区变电所温控"));
        long before = totalEvents();
        ResponseEntity<String> response = as("w2001")
                .postForEntity("/api/proposals/{id}/withdraw", null, String.class, proposalId);
        assertThat(response.getStatusCode().value()).isEqualTo(403);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(totalEvents()).isEqualTo(before);
    }

    @Test
    void revisingAProposalThatWasNotReturned() {
        String proposalId = submit("w1001", proposalBody("井下水泵远程启停"));
        Map<String, Object> revision = new HashMap<>(proposalBody("井下水泵远程启停 v2"));
        revision.put("basedOnRevision", 1);
        long before = totalEvents();
        ResponseEntity<String> response = as("w1001").exchange("/api/proposals/{id}",
                org.springframework.http.HttpMethod.PUT, new org.springframework.http.HttpEntity<>(revision),
                String.class, proposalId);
        assertThat(response.getStatusCode().value()).isEqualTo(409);
        assertThat(totalEvents()).isEqualTo(before);
    }

    @SuppressWarnings("unchecked")
    private void assertRefused(String userId, Consumer<Map<String, Object>> spoil, int status, String field) {
        Map<String, Object> body = new HashMap<>(proposalBody("有问题的申报"));
        spoil.accept(body);
        long before = totalEvents();

        ResponseEntity<Map> response = as(userId).postForEntity("/api/proposals", body, Map.class);

        assertThat(response.getStatusCode().value()).isEqualTo(status);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat((String) response.getBody().get("type")).startsWith("urn:wuxiao:problem:");
        assertThat((String) response.getBody().get("title")).contains("/");
        if (field != null) {
            assertThat(response.getBody().get("field")).isEqualTo(field);
        }
        assertThat(totalEvents()).isEqualTo(before);
    }
}
