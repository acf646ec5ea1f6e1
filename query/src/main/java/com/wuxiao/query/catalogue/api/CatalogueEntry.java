package com.wuxiao.query.catalogue.api;

import java.math.BigDecimal;

/**
 * An awarded result in the catalogue.
 *
 * @param summary          the start of its solution
 * @param patents          patent cases of the result; {@code grantedPatents} of them granted
 * @param adoptions        units that adopted it
 * @param cnySavedPerYear  the measured saving, over its adopters' latest benefit reports; null if none reported
 */
public record CatalogueEntry(String proposalId,
                             String title,
                             String type,
                             String categoryCode,
                             String unitId,
                             int competitionYear,
                             String roundId,
                             String grade,
                             BigDecimal finalScore,
                             String summary,
                             int patents,
                             int grantedPatents,
                             int adoptions,
                             BigDecimal cnySavedPerYear) {
}
