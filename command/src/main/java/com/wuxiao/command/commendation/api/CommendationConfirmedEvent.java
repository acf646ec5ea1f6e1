package com.wuxiao.command.commendation.api;

import java.time.Instant;

public record CommendationConfirmedEvent(String commendationId, int year, String confirmedBy, Instant confirmedAt) {
}
