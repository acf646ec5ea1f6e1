package com.wuxiao.command.catalogue.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The union office schedules a promotion meeting (成果推介会): awarded results presented to invited
 * production owners.
 *
 * @param heldOn the day (Beijing) of the meeting: today or later
 */
public record ScheduleMeetingCommand(@TargetAggregateIdentifier String meetingId,
                                     String title,
                                     LocalDate heldOn,
                                     String place,
                                     List<String> proposalIds,
                                     List<String> invitedOwnerIds,
                                     String scheduledBy,
                                     Instant scheduledAt) {

    public ScheduleMeetingCommand {
        proposalIds = proposalIds == null ? List.of() : List.copyOf(proposalIds);
        invitedOwnerIds = invitedOwnerIds == null ? List.of() : List.copyOf(invitedOwnerIds);
    }
}
