package com.wuxiao.command.proposal.api;

import java.time.Instant;

/** From now on the union office may screen this revision as well as the unit's coordinators. */
public record ScreeningEscalatedEvent(String proposalId, int revision, Instant escalatedAt) {
}
