package com.wuxiao.command.catalogue.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A promotion meeting was scheduled with its results and invited production owners. */
public record MeetingScheduledEvent(String meetingId,
                                    String title,
                                    LocalDate heldOn,
                                    String place,
                                    List<PresentedResult> results,
                                    List<String> invitedOwnerIds,
                                    String scheduledBy,
                                    Instant scheduledAt) {

    public MeetingScheduledEvent {
        results = List.copyOf(results);
        invitedOwnerIds = List.copyOf(invitedOwnerIds);
    }
}
