package com.wuxiao.query.catalogue.api;

/** One awarded result with everything the catalogue knows of it; answered with an optional {@link CatalogueResult}. */
public record FindCatalogueResultQuery(String proposalId) {
}
