package com.wuxiao.command.proposal.api;

import java.math.BigDecimal;

/**
 * What a proposal says: the part an author fills in and may revise.
 *
 * @param expectedEconomicBenefit expected saving in CNY per year
 * @param materialCost            material cost in CNY
 */
public record ProposalContent(String title,
                              ProposalType type,
                              String categoryCode,
                              String problem,
                              String solution,
                              BigDecimal expectedEconomicBenefit,
                              String expectedSafetyBenefit,
                              BigDecimal materialCost) {
}
