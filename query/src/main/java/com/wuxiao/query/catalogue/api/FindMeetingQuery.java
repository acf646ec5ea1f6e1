package com.wuxiao.query.catalogue.api;

/**
 * One promotion meeting; answered with an optional {@link MeetingDetail}.
 *
 * @param invitedOwnerId null for the union office; else the meeting is found only if this owner is invited
 */
public record FindMeetingQuery(String meetingId, String invitedOwnerId) {
}
