package com.wuxiao.command.appraisal.api;

import java.util.List;

/** What {@link AssignScorersCommand} returns: the scorers the round picked, per proposal in pool order. */
public record AssignmentOutcome(List<Assignment> assignments) {
}
