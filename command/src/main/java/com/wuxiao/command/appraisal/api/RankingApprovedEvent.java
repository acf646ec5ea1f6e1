package com.wuxiao.command.appraisal.api;

import java.time.Instant;

public record RankingApprovedEvent(String roundId, String approvedBy, Instant approvedAt) {
}
