package com.wuxiao.command.competition.api;

import java.time.Duration;

/**
 * @param screeningEscalation screening left undone this long escalates to the union office
 * @param revisionWindow      a returned proposal left unrevised this long is withdrawn
 * @param publicity           length of the publicity period (公示) of a round's ranking
 */
public record ReviewDeadlines(Duration screeningEscalation, Duration revisionWindow, Duration publicity) {

    public static ReviewDeadlines defaults() {
        return new ReviewDeadlines(Duration.ofDays(7), Duration.ofDays(14), Duration.ofDays(5));
    }
}
