package com.wuxiao.command.need.api;

import java.time.LocalDate;

/**
 * What a declaration answering a need must know of it.
 *
 * @param deadline null if it has none
 * @param closed   closed needs take no more answers
 */
public record PublishedNeed(String needId, String title, String unitId, LocalDate deadline, boolean closed) {

    /** Whether a declaration on {@code day} (Beijing) may still answer it. */
    public boolean answerableOn(LocalDate day) {
        return !closed && (deadline == null || !day.isAfter(deadline));
    }
}
