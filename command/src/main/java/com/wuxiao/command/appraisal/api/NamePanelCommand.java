package com.wuxiao.command.appraisal.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.List;

/** The union leader names (or, until scorers are assigned, renames) the round's panel: reviewers with a panel role. */
public record NamePanelCommand(@TargetAggregateIdentifier String roundId,
                               List<String> memberIds,
                               String namedBy,
                               Instant namedAt) {
}
