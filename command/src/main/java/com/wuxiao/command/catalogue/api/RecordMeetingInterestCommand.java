package com.wuxiao.command.catalogue.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.List;

/**
 * After the meeting, the union office records which invited owners showed interest in which results
 * (an empty list: nobody did). The handler answers with the requests to send in the same transaction.
 *
 * @param interests owner and result; the unit is the meeting's to fill in
 */
public record RecordMeetingInterestCommand(@TargetAggregateIdentifier String meetingId,
                                           List<MeetingInterest> interests,
                                           String recordedBy,
                                           Instant recordedAt) {

    public RecordMeetingInterestCommand {
        interests = interests == null ? List.of() : List.copyOf(interests);
    }
}
