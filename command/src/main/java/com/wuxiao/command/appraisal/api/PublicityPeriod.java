package com.wuxiao.command.appraisal.api;

import java.time.Instant;

/**
 * What {@link ApproveRankingCommand} returns: the publicity period (公示期) that started, by the
 * round's own configuration. Objections are accepted from {@code startsAt} until before {@code endsAt}.
 */
public record PublicityPeriod(Instant startsAt, Instant endsAt) {
}
