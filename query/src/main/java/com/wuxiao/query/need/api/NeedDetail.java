package com.wuxiao.query.need.api;

import java.time.Instant;
import java.util.List;

/** A need, how it was closed, and the declarations that answer it, newest first. */
public record NeedDetail(NeedSummary need,
                         String problem,
                         String publishedBy,
                         Instant closedAt,
                         String closedBy,
                         String closeNote,
                         List<NeedAnswer> answers) {

    public NeedDetail {
        answers = List.copyOf(answers);
    }
}
