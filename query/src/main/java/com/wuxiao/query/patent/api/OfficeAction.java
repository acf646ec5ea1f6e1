package com.wuxiao.query.patent.api;

import java.time.Instant;
import java.time.LocalDate;

/** An office action (审查意见通知) of a patent case; the answer fields are null until answered. */
public record OfficeAction(int sequence,
                           LocalDate issuedOn,
                           LocalDate responseDue,
                           String summary,
                           String recordedBy,
                           Instant recordedAt,
                           LocalDate answeredOn,
                           String answerNote,
                           String answeredBy,
                           Instant answeredAt) {

    public boolean answered() {
        return answeredOn != null;
    }
}
