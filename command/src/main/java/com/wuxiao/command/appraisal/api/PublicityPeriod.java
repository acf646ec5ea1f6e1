package com.wuxiao.command.appraisal.api;

import java.time.Instant;

/**
 * What {@link ApproveRankingCommand} returns: the publicity period (公示期) that started, by the
 * round's own configuration. Objections are accepted from {@code startsAt} until before {@code endsAt}.
 */
public record PublicityPeriod(Instant startsAt, Instant endsAt) {

    /** Whether an objection raised at {@code at} falls within the period. */
    public boolean contains(Instant at) {
        return !at.isBefore(startsAt) && at.isBefore(endsAt);
    }
}
