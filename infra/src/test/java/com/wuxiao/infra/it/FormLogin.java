package com.wuxiao.infra.it;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** A browser's login through the login page: its session cookie and CSRF token, then the form post. */
final class FormLogin {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private FormLogin() {
    }

    /**
     * Posts the login form as a browser would (the client must not follow redirects) and returns the
     * answer: a redirect, to the home page or back to the login page with {@code error}.
     */
    static ResponseEntity<String> post(TestRestTemplate browser, String userId, String password) {
        ResponseEntity<String> page = browser.getForEntity("/login", String.class);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        headers.add(HttpHeaders.COOKIE, sessionCookie(page));
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("username", userId);
        form.add("password", password);
        form.add("_csrf", csrfToken(page));
        ResponseEntity<String> answer = browser.postForEntity("/login", new HttpEntity<>(form, headers), String.class);
        assertThat(answer.getStatusCode().is3xxRedirection()).as("the login form answers with a redirect").isTrue();
        return answer;
    }

    /** Logs in and returns the session cookie ({@code JSESSIONID=…}). */
    static String session(TestRestTemplate browser, String userId, String password) {
        ResponseEntity<String> loggedIn = post(browser, userId, password);
        assertThat(loggedIn.getHeaders().getLocation().getPath()).doesNotContain("error");
        return sessionCookie(loggedIn);
    }

    static String csrfToken(ResponseEntity<String> page) {
        Matcher token = CSRF_FIELD.matcher(Objects.requireNonNull(page.getBody()));
        assertThat(token.find()).as("the page carries the session's CSRF token").isTrue();
        return token.group(1);
    }

    static String sessionCookie(ResponseEntity<?> response) {
        return response.getHeaders().get(HttpHeaders.SET_COOKIE).stream()
                .filter(cookie -> cookie.startsWith("JSESSIONID=")).findFirst().orElseThrow().split(";", 2)[0];
    }
}
