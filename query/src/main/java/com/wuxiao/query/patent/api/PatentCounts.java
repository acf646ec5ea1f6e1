package com.wuxiao.query.patent.api;

/**
 * Patent cases per status.
 *
 * @param total   all of them
 * @param overdue those with a step a reminder found overdue (open cases only)
 */
public record PatentCounts(long nominated,
                           long prepared,
                           long filed,
                           long granted,
                           long rejected,
                           long abandoned,
                           long total,
                           long overdue) {

    public static final PatentCounts NONE = new PatentCounts(0, 0, 0, 0, 0, 0, 0, 0);

    public long of(PatentStatus status) {
        return switch (status) {
            case NOMINATED -> nominated;
            case PREPARED -> prepared;
            case FILED -> filed;
            case GRANTED -> granted;
            case REJECTED -> rejected;
            case ABANDONED -> abandoned;
        };
    }
}
