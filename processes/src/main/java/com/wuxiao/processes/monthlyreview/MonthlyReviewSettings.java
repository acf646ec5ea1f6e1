package com.wuxiao.processes.monthlyreview;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Timers of the monthly review ({@code wuxiao.monthly-review.*}).
 *
 * <p>The year's {@code ReviewDeadlines} are the intended source; reading them needs the competition
 * aggregate, which the bridge cannot load outside a command. Until a query over the year's
 * configuration exists, these application-wide defaults apply to every year (a later step).
 *
 * @param screeningEscalation screening left undone this long escalates to the union office
 * @param revisionWindow      a returned proposal left unrevised this long is withdrawn
 */
@ConfigurationProperties("wuxiao.monthly-review")
public record MonthlyReviewSettings(@DefaultValue("P7D") Duration screeningEscalation,
                                    @DefaultValue("P14D") Duration revisionWindow) {

    public MonthlyReviewSettings {
        requirePositive(screeningEscalation, "screening-escalation");
        requirePositive(revisionWindow, "revision-window");
    }

    /** The ISO-8601 text a Camunda timer reads, in days when whole days ("P7D"). */
    static String iso(Duration duration) {
        return duration.toSeconds() % 86_400 == 0 && duration.toNanosPart() == 0
                ? "P" + duration.toDays() + "D"
                : duration.toString();
    }

    private static void requirePositive(Duration duration, String name) {
        if (duration == null || duration.isZero() || duration.isNegative()) {
            throw new IllegalArgumentException("wuxiao.monthly-review." + name + " must be a positive duration");
        }
    }
}
