package com.wuxiao.query.catalogue.api;

import com.wuxiao.command.catalogue.api.MeetingInterest;
import com.wuxiao.command.catalogue.api.PresentedResult;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A promotion meeting with its results, invited owners and, once recorded, the interest shown.
 *
 * @param interests null until recorded (an empty list: nobody showed interest)
 */
public record MeetingDetail(String meetingId,
                            String title,
                            LocalDate heldOn,
                            String place,
                            List<PresentedResult> results,
                            List<String> invitedOwnerIds,
                            List<MeetingInterest> interests,
                            String scheduledBy,
                            Instant scheduledAt,
                            Instant interestRecordedAt) {
}
