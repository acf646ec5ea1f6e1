package com.wuxiao.infra.events;

import java.time.Instant;

/**
 * An event parked in a processing group's dead-letter queue, for the administrator: which group,
 * which sequence (the events held back behind it share it), which event, and why. If an aggregate
 * refused the handler's command, {@code code}, {@code messageZh} and {@code messageEn} are the rule's;
 * otherwise they are null and {@code causeType}/{@code causeMessage} tell the failure.
 */
public record ParkedEvent(String processingGroup, String sequence, String eventType, String eventId,
                          String aggregateId, String causeType, String causeMessage, String code, String messageZh,
                          String messageEn, Instant enqueuedAt, Instant lastTouched) {
}
