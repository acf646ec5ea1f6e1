package com.wuxiao.command.commendation.api;

import java.math.BigDecimal;

/** A worker's points of the competition year, as the points ledger sums them. */
public record WorkerStanding(String workerId, String unitId, BigDecimal points) {
}
