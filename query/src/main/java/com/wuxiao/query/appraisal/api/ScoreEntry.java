package com.wuxiao.query.appraisal.api;

import com.wuxiao.command.identity.api.PanelRole;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One scoring task of a proposal and, once done, its score.
 *
 * @param panelRole     the scorer's role on the panel; null if they are no longer on it
 * @param weightedScore by the round's weights, two decimals; null while not scored
 * @param scoredAt      null while not scored
 */
public record ScoreEntry(String scorerId,
                         PanelRole panelRole,
                         Integer feasibility,
                         Integer benefit,
                         Integer promotability,
                         BigDecimal weightedScore,
                         String comment,
                         Instant scoredAt) {
}
