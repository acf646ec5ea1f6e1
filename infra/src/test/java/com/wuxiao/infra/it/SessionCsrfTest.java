package com.wuxiao.infra.it;

import org.junit.jupiter.api.Test;
import org.springframework.boot.http.client.ClientHttpRequestFactorySettings;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** A browser session (form login) cannot be made to change anything by a forged cross-site request. */
class SessionCsrfTest extends IntegrationTestSupport {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    @Test
    void sessionRequestsWithoutCsrfTokenAreRefused() {
        String proposalId = submit("w1001", proposalBody("运输巷道防滑改造"));
        TestRestTemplate browser = http.withRedirects(ClientHttpRequestFactorySettings.Redirects.DONT_FOLLOW);
        String session = logIn(browser, "w1001");
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
    }

    /** Logs in through the login form and returns the session cookie. */
    private String logIn(TestRestTemplate browser, String userId) {
        ResponseEntity<String> page = browser.getForEntity("/login", String.class);
        Matcher token = CSRF_FIELD.matcher(page.getBody());
        assertThat(token.find()).isTrue();
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        headers.add(HttpHeaders.COOKIE, cookie(page));
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("username", userId);
        form.add("password", demoPassword());
        form.add("_csrf", token.group(1));
        ResponseEntity<String> loggedIn = browser.postForEntity("/login", new HttpEntity<>(form, headers), String.class);
        assertThat(loggedIn.getStatusCode().is3xxRedirection()).isTrue();
        assertThat(loggedIn.getHeaders().getLocation().getPath()).doesNotContain("error");
        return cookie(loggedIn);
    }

    private static String cookie(ResponseEntity<?> response) {
        return response.getHeaders().get(HttpHeaders.SET_COOKIE).stream()
                .filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow().split(";", 2)[0];
    }
}
