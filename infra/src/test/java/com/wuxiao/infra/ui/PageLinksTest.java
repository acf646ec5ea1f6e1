package com.wuxiao.infra.ui;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import static org.assertj.core.api.Assertions.assertThat;

class PageLinksTest {

    private final PageLinks links = new PageLinks();

    @AfterEach
    void forgetTheRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void anotherPageKeepsEveryFilterAsTheBrowserSentIt() {
        // text=皮带 & 机 (an ampersand inside the words), as a browser encodes it
        showing("/catalogue", "text=%E7%9A%AE%E5%B8%A6+%26+%E6%9C%BA&year=2025&page=0&size=50");
        assertThat(links.to(1)).isEqualTo("/catalogue?text=%E7%9A%AE%E5%B8%A6+%26+%E6%9C%BA&year=2025&size=50&page=1");
    }

    @Test
    void aFirstPageWithoutParametersGetsThePageNumber() {
        showing("/office/payouts", null);
        assertThat(links.to(2)).isEqualTo("/office/payouts?page=2");
    }

    @Test
    void anotherSizeStartsAgainAtTheFirstPage() {
        showing("/office/fund", "year=2025&page=3&status=PENDING");
        assertThat(links.sized(100)).isEqualTo("/office/fund?year=2025&status=PENDING&size=100");
    }

    @Test
    void theSizesOfferedIncludeTheOneShown() {
        assertThat(links.sizes(20)).containsExactly(20, 50, 100);
        assertThat(links.sizes(5)).containsExactly(5, 20, 50, 100);
    }

    @Test
    void aPagerOnlyWhereThereIsMoreThanOnePageOrMoreThanTheSmallestSize() {
        assertThat(links.worthShowing(20, 20)).isFalse();
        assertThat(links.worthShowing(21, 20)).isTrue();
        assertThat(links.worthShowing(30, 50)).as("back to 20 a page").isTrue();
        assertThat(links.worthShowing(6, 5)).isTrue();
        assertThat(links.worthShowing(5, 5)).isFalse();
    }

    @Test
    void aSizeFromTheUrlStaysWithinWhatTheQueriesAnswer() {
        assertThat(PageLinks.size(null)).isEqualTo(20);
        assertThat(PageLinks.size(null, 50)).isEqualTo(50);
        assertThat(PageLinks.size(0)).isEqualTo(1);
        assertThat(PageLinks.size(5000)).isEqualTo(100);
        assertThat(PageLinks.size(37)).isEqualTo(37);
    }

    private static void showing(String path, String query) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        request.setQueryString(query);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }
}
