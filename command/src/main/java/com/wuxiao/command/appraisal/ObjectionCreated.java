package com.wuxiao.command.appraisal;

/** Answer to a raised objection: its id, to follow its decision. */
public record ObjectionCreated(String objectionId) {
}
