package com.wuxiao.command.commendation.api;

import java.math.BigDecimal;

/** A 创新标兵 with their place by yearly points (1, 2, 2, 4). */
public record CommendedWorker(int rank, String workerId, String unitId, BigDecimal points) {
}
