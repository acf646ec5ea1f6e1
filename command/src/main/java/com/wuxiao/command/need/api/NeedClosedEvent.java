package com.wuxiao.command.need.api;

import java.time.Instant;

/** A need was closed; no declaration answers it any more. */
public record NeedClosedEvent(String needId,
                              String unitId,
                              boolean solved,
                              String note,
                              String closedBy,
                              Instant closedAt) {
}
