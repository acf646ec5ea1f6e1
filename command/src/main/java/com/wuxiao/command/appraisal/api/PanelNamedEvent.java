package com.wuxiao.command.appraisal.api;

import java.time.Instant;
import java.util.List;

/** The round's panel, replacing any panel named before. */
public record PanelNamedEvent(String roundId, List<PanelSeat> members, String namedBy, Instant namedAt) {
}
