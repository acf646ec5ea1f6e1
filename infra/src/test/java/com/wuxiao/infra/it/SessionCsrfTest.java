package com.wuxiao.infra.it;

import org.junit.jupiter.api.Test;
import org.springframework.boot.http.client.ClientHttpRequestFactorySettings;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;


import static org.assertj.core.api.Assertions.assertThat;

/** A browser session (form login) cannot be made to change anything by a forged cross-site request. */
class SessionCsrfTest extends IntegrationTestSupport {


    @Test
    void sessionRequestsWithoutCsrfTokenAreRefused() {
        String proposalId = submit("w1001", proposalBody("运输巷道防滑改造"));
        TestRestTemplate browser = http.withRedirects(ClientHttpRequestFactorySettings.Redirects.DONT_FOLLOW);
        String session = FormLogin.session(browser, "w1001", demoPassword());
        long before = eventCount(proposalId);

        HttpHeaders headers = new HttpHeaders();
        headers.add(HttpHeaders.COOKIE, session);
        ResponseEntity<String> forged = browser.exchange("/api/proposals/{id}/withdraw", HttpMethod.POST,
                new HttpEntity<>(headers), String.class, proposalId);

        assertThat(forged.getStatusCode().value()).isEqualTo(403);
        assertThat(eventCount(proposalId)).isEqualTo(before);
        ResponseEntity<String> read = browser.exchange("/api/proposals/mine", HttpMethod.GET,
                new HttpEntity<>(headers), String.class);
        assertThat(read.getStatusCode().value()).as("the session itself works").isEqualTo(200);

        // The page's own requests carry the session's token, and pass.
        headers.add("X-CSRF-TOKEN", FormLogin.csrfToken(browser.exchange("/login", HttpMethod.GET,
                new HttpEntity<>(headers), String.class)));
        ResponseEntity<String> withToken = browser.exchange("/api/proposals/{id}/withdraw", HttpMethod.POST,
                new HttpEntity<>(headers), String.class, proposalId);
        assertThat(withToken.getStatusCode().value()).as("with the session's token: " + withToken.getBody())
                .isEqualTo(204);
        awaitProposalStatus("w1001", proposalId, "WITHDRAWN");
    }

}
