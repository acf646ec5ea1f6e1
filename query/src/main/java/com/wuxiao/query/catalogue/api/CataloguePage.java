package com.wuxiao.query.catalogue.api;

import java.util.List;

/** One page of the catalogue; {@code page} counts from 0, {@code total} over all pages. */
public record CataloguePage(List<CatalogueEntry> items, int page, int size, long total) {

    public CataloguePage {
        items = List.copyOf(items);
    }
}
