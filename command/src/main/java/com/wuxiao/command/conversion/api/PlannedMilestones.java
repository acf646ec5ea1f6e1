package com.wuxiao.command.conversion.api;

import java.time.LocalDate;

/** The dates agreed at handover; reminders fire when one passes with its step undone. */
public record PlannedMilestones(LocalDate trialStart, LocalDate trialEnd, LocalDate adoptionDecision) {
}
