package com.wuxiao.processes.monthlyreview;

import java.time.Instant;

/**
 * The screenings waiting for the caller, in short, for a coordinator's home page.
 *
 * @param escalated         of them, escalated (the union office is called in)
 * @param oldestSubmittedAt when the longest-waiting one was (re)submitted; null when none waits
 */
public record ScreeningSummary(long count, long escalated, Instant oldestSubmittedAt) {
}
