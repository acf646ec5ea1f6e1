package com.wuxiao.infra.it;

import org.junit.jupiter.api.Test;
import org.springframework.boot.http.client.ClientHttpRequestFactorySettings;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Wuxiao's own login page, in front of the app and the Camunda webapps: Chinese by default,
 * English by a switch that a cookie remembers, every text from the message bundles; after the
 * login each user lands where their work is.
 */
class LoginPageTest extends IntegrationTestSupport {

    private static final Pattern TEXT_NODE = Pattern.compile(">([^<]*)<");

    @Test
    void theLoginPageIsChineseByDefaultAndEnglishOnRequest() {
        ResponseEntity<String> chinese = http.getForEntity("/login", String.class);
        assertThat(chinese.getStatusCode().value()).isEqualTo(200);
        assertThat(chinese.getBody()).contains("lang=\"zh-CN\"").contains("登录五小创新").contains("工号")
                .doesNotContain("Log in to Wuxiao").contains("name=\"_csrf\"");

        ResponseEntity<String> english = http.getForEntity("/login?lang=en", String.class);
        assertThat(english.getBody()).contains("lang=\"en\"").contains("Log in to Wuxiao").contains("Work number")
                .doesNotContain("登录五小创新");
        String languageCookie = english.getHeaders().get(HttpHeaders.SET_COOKIE).stream()
                .filter(cookie -> cookie.startsWith("wuxiao-lang=")).findFirst().orElseThrow().split(";", 2)[0];

        HttpHeaders remembered = new HttpHeaders();
        remembered.add(HttpHeaders.COOKIE, languageCookie);
        ResponseEntity<String> later = http.exchange("/login", HttpMethod.GET, new HttpEntity<>(remembered), String.class);
        assertThat(later.getBody()).contains("Log in to Wuxiao");
    }

    @Test
    void aWrongPasswordIsSaidInTheUsersLanguage() {
        ResponseEntity<String> failed = logIn("nobody-" + System.nanoTime(), "wrong");
        assertThat(failed.getHeaders().getLocation().getPath()).isEqualTo("/login");
        assertThat(failed.getHeaders().getLocation().getQuery()).isEqualTo("error");
        assertThat(http.getForEntity("/login?error", String.class).getBody()).contains("工号或密码不正确");
    }

    @Test
    void afterTheLoginEachUserLandsWhereTheirWorkIs() {
        Map<String, String> redirects = Map.of("leader", "/dashboard", "admin", "/admin/organisation");
        for (String user : List.of("c1001", "w1001", "r0001", "owner", "leader", "admin")) {
            ResponseEntity<String> loggedIn = logIn(user, demoPassword());
            assertThat(loggedIn.getHeaders().getLocation().getPath()).as(user).isEqualTo("/");
            HttpHeaders session = new HttpHeaders();
            session.add(HttpHeaders.COOKIE, FormLogin.sessionCookie(loggedIn));
            ResponseEntity<String> home = http.withRedirects(ClientHttpRequestFactorySettings.Redirects.DONT_FOLLOW)
                    .exchange("/", HttpMethod.GET, new HttpEntity<>(session), String.class);
            if (redirects.containsKey(user)) {
                assertThat(home.getStatusCode().is3xxRedirection()).as(user).isTrue();
                assertThat(home.getHeaders().getLocation().getPath()).as(user).isEqualTo(redirects.get(user));
            } else {
                assertThat(home.getStatusCode()).as(user).isEqualTo(HttpStatus.OK);
                assertThat(home.getBody()).as(user).contains("<h2>" + switch (user) {
                    case "c1001" -> "待我初审";
                    case "w1001" -> "我的申报";
                    case "r0001" -> "我的评分任务";
                    default -> "我的任务";
                } + "</h2>");
            }
        }
    }

    @Test
    void everyTextComesFromTheBundlesInBothLanguages() throws IOException {
        Properties chinese = bundle("messages.properties");
        Properties english = bundle("messages_en.properties");
        assertThat(english.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(chinese.stringPropertyNames());

        Resource[] templates = new PathMatchingResourcePatternResolver().getResources("classpath*:templates/**/*.html");
        assertThat(templates).as("templates found").hasSizeGreaterThan(5);
        List<String> literal = new ArrayList<>();
        for (Resource resource : templates) {
            String template = new String(resource.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
                    .replaceAll("(?s)<!--.*?-->", "").replaceAll("(?s)<script.*?</script>", "")
                    // attribute values may hold expressions with '>' in them; only text nodes count
                    .replaceAll("=\"[^\"]*\"", "=\"\"");
            Matcher text = TEXT_NODE.matcher(template);
            while (text.find()) {
                if (text.group(1).codePoints().anyMatch(Character::isLetter)) {
                    literal.add(resource.getFilename() + ": " + text.group(1).strip());
                }
            }
        }
        assertThat(literal).as("text written into a template instead of the bundles").isEmpty();
    }

    private ResponseEntity<String> logIn(String userId, String password) {
        return FormLogin.post(http.withRedirects(ClientHttpRequestFactorySettings.Redirects.DONT_FOLLOW), userId, password);
    }

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = new ClassPathResource(name).getInputStream()) {
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
