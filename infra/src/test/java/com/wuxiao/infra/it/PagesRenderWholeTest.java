package com.wuxiao.infra.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.ResponseEntity;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every page, as the role that uses it, with and without a page size, comes whole: a template that
 * fails half-way has already sent its first part with status 200, so a browser test reading only the
 * top of the page would not notice (the pager sits at the bottom).
 */
class PagesRenderWholeTest extends IntegrationTestSupport {

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

    private String whole(String user, String path) {
        ResponseEntity<String> page = as(user).getForEntity(java.net.URI.create(path), String.class);
        assertThat(page.getStatusCode().value()).as(path).isEqualTo(200);
        assertThat(page.getBody()).as(path).isNotNull();
        assertThat(page.getBody().strip()).as(path + " ends as an HTML page ends").endsWith("</html>");
        return page.getBody();
    }
}
