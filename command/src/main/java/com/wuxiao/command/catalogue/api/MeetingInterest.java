package com.wuxiao.command.catalogue.api;

/**
 * An invited production owner showed interest in a presented result.
 *
 * @param unitId the owner's unit, the one the result is requested for (filled in by the meeting)
 */
public record MeetingInterest(String ownerId, String proposalId, String unitId) {
}
