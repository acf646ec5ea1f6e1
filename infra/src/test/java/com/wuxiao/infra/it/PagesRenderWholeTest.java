package com.wuxiao.infra.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.View;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Every page, as the role that uses it, with and without a page size, comes whole; and a template that
 * fails half-way sends nothing of itself (the error page follows), rather than its first part with
 * status 200, which a reader or a browser test reading the top of the page takes for a shorter list.
 */
class PagesRenderWholeTest extends IntegrationTestSupport {

    @Autowired
    private ThymeleafViewResolver views;

    @Autowired
    private WebApplicationContext context;

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "w1001, /",
            "w1001, /proposals/new",
            "w1001, /proposals/mine",
            "w1001, /proposals/mine?page=0&size=5",
            "w1001, /me/points",
            "w1001, /inbox",
            "w1001, /inbox?size=5",
            "w1001, /publicity",
            "w1001, /fund",
            "w1001, /fund?size=50",
            "w1001, /record",
            "w1001, /needs",
            "w1001, /needs?all=true&size=50",
            "w1001, /catalogue",
            "w1001, /catalogue?text=%E7%9A%AE%E5%B8%A6+%26&size=50&page=1",
            "owner2, /needs/new",
            "leader, /dashboard",
            "leader, /office/requests?size=50",
            "leader, /office/meetings?size=5",
            "leader, /office/fund?size=5",
            "leader, /office/payouts?size=100",
            "leader, /office/honours",
            "leader, /office/audit",
            "leader, /office/what-if",
            "admin, /admin/organisation"
    })
    void comesWhole(String user, String path) {
        whole(user, path);
    }

    /** A page in the middle of a list: both links and the sizes, each keeping the other parameters. */
    @Test
    void aPageInTheMiddleHasItsPagerWhole() {
        for (int i = 0; i < 3; i++) {
            submit("w1001", proposalBody("分页 " + UUID.randomUUID().toString().substring(0, 6)));
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> as("w1001")
                .getForObject("/proposals/mine?size=1&page=1", String.class).contains("rel=\"next\""));
        String page = whole("w1001", "/proposals/mine?size=1&page=1");
        assertThat(page).contains("href=\"/proposals/mine?size=1&amp;page=0\" rel=\"prev\"",
                "href=\"/proposals/mine?size=1&amp;page=2\" rel=\"next\"",
                "data-href=\"/proposals/mine?size=50\"", "data-href=\"/proposals/mine?size=1\" selected=\"selected\"");
    }

    @Test
    void aTemplateFailingHalfWaySendsNothing() throws Exception {
        View view = views.resolveViewName("test/fails-half-way", Locale.SIMPLIFIED_CHINESE);
        MockHttpServletRequest request = new MockHttpServletRequest(context.getServletContext(), "GET", "/test");
        request.setAttribute(DispatcherServlet.WEB_APPLICATION_CONTEXT_ATTRIBUTE, context);
        MockHttpServletResponse response = new MockHttpServletResponse();

        assertThat(view).isNotNull();
        assertThatThrownBy(() -> view.render(Map.of(), request, response)).hasMessageContaining("missing");
        assertThat(response.getContentAsString()).as("nothing of the 2000 rows went out").isEmpty();
        assertThat(response.isCommitted()).isFalse();
    }

    private String whole(String user, String path) {
        ResponseEntity<String> page = as(user).getForEntity(java.net.URI.create(path), String.class);
        assertThat(page.getStatusCode().value()).as(path).isEqualTo(200);
        assertThat(page.getBody()).as(path).isNotNull();
        assertThat(page.getBody().strip()).as(path + " ends as an HTML page ends").endsWith("</html>");
        return page.getBody();
    }
}
