package com.wuxiao.command.catalogue.api;

import java.time.Instant;
import java.util.List;

/** The interest shown at a promotion meeting; each interest became a request of its owner's unit. */
public record MeetingInterestRecordedEvent(String meetingId,
                                           List<MeetingInterest> interests,
                                           String recordedBy,
                                           Instant recordedAt) {

    public MeetingInterestRecordedEvent {
        interests = List.copyOf(interests);
    }
}
