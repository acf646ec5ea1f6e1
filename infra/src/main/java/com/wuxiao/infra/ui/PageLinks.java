package com.wuxiao.infra.ui;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.List;
import java.util.TreeSet;

/**
 * Links of the pager (templates call {@code @pages.to(2)}): the page being shown with another page
 * number or page size, every filter of its query string kept as the browser sent it, so no template
 * has to rebuild (and re-encode) its filters.
 */
@Component("pages")
public class PageLinks {

    /** The page sizes offered; any size from 1 to the queries' maximum may still come in the URL. */
    public static final List<Integer> SIZES = List.of(20, 50, 100);
    public static final int DEFAULT_SIZE = 20;
    private static final int MAX_SIZE = 100;

    /** The size asked for within 1..100, else the page's usual size. */
    public static int size(Integer requested, int usual) {
        return requested == null ? usual : Math.max(1, Math.min(MAX_SIZE, requested));
    }

    public static int size(Integer requested) {
        return size(requested, DEFAULT_SIZE);
    }

    /** A pager where there is another page, or where another size would show more or fewer. */
    public boolean worthShowing(long total, int size) {
        return total > size || total > SIZES.get(0);
    }

    public String to(int page) {
        return current().replaceQueryParam("page", page).build().toUriString();
    }

    /** Another page size starts again at the first page. */
    public String sized(int size) {
        return current().replaceQueryParam("page").replaceQueryParam("size", size).build().toUriString();
    }

    /** The sizes offered, with the one shown if it came in the URL. */
    public List<Integer> sizes(int shown) {
        TreeSet<Integer> sizes = new TreeSet<>(SIZES);
        sizes.add(shown);
        return List.copyOf(sizes);
    }

    private static UriComponentsBuilder current() {
        HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
                .getRequest();
        String query = request.getQueryString();
        // both already encoded as the browser sent them: parsed and written back, not encoded twice
        return UriComponentsBuilder.fromUriString(request.getRequestURI() + (query == null ? "" : "?" + query));
    }
}
