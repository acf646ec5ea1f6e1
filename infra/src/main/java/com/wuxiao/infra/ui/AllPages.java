package com.wuxiao.infra.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.ToLongFunction;

/** Every item of a paged query, page after page, for an export: up to a bound on one file. */
public final class AllPages {

    private AllPages() {
    }

    /**
     * @param page  the query for page n (0-based) at its largest size
     * @param items a page's items
     * @param total a page's count of all matches
     * @param max   the most items returned
     */
    public static <P, T> List<T> collect(IntFunction<P> page, Function<P, List<T>> items, ToLongFunction<P> total,
                                         int max) {
        List<T> all = new ArrayList<>();
        for (int n = 0; ; n++) {
            P found = page.apply(n);
            List<T> some = items.apply(found);
            all.addAll(some);
            if (some.isEmpty() || all.size() >= Math.min(total.applyAsLong(found), max)) {
                return all.size() > max ? List.copyOf(all.subList(0, max)) : all;
            }
        }
    }
}
