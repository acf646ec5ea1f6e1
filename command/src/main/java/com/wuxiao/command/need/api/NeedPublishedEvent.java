package com.wuxiao.command.need.api;

import java.time.Instant;
import java.time.LocalDate;

/** A production need was published; open until closed (answers also end with its deadline, if any). */
public record NeedPublishedEvent(String needId,
                                 String title,
                                 String problem,
                                 String unitId,
                                 String categoryCode,
                                 LocalDate deadline,
                                 String rewardNote,
                                 String publishedBy,
                                 Instant publishedAt) {
}
