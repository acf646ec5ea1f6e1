package com.wuxiao.command.conversion.api;

import java.time.Instant;

/**
 * The union office handed an awarded result over to a receiving production unit, with the
 * production owner who follows it and the planned milestones (成果转化 begins for that unit).
 *
 * @param conversionId  {@code "CONV-" + proposalId + "-" + receivingUnitId}: one per (result, unit)
 * @param resultUnitId  the unit the result comes from (the proposal's)
 * @param awardedAt     when the result's round was finalised
 * @param handedOverAt  the period it counts for
 */
public record ResultHandedOverEvent(String conversionId,
                                    String proposalId,
                                    String title,
                                    String resultUnitId,
                                    String receivingUnitId,
                                    String ownerId,
                                    PlannedMilestones planned,
                                    Instant awardedAt,
                                    String handedOverBy,
                                    Instant handedOverAt) {
}
