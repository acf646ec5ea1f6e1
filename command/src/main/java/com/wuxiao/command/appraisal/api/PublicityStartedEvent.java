package com.wuxiao.command.appraisal.api;

import java.time.Instant;

/** The approved ranking is public; objections are accepted from {@code startsAt} until before {@code endsAt}. */
public record PublicityStartedEvent(String roundId, Instant startsAt, Instant endsAt) {
}
