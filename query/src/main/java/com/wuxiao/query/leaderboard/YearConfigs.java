package com.wuxiao.query.leaderboard;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Which of a year's configurations gives the points of something that happened at a given time. */
final class YearConfigs {

    /** One configuration of a year, as far as the ledger needs it. */
    record Config(String eventId, int acceptedPoints, Instant configuredAt) {
    }

    private static final Comparator<Config> ORDER = Comparator.comparing(Config::configuredAt)
            .thenComparing(Config::eventId);

    private YearConfigs() {
    }

    /**
     * The latest configuration made at or before {@code at}; if every one is later (clock skew), the
     * earliest: a proposal is declared only in a configured year. Empty if the year has none yet.
     */
    static Optional<Config> inForce(List<Config> configs, Instant at) {
        return configs.stream().filter(c -> !c.configuredAt().isAfter(at)).max(ORDER)
                .or(() -> configs.stream().min(ORDER));
    }
}
