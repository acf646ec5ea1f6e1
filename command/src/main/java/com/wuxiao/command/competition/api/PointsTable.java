package com.wuxiao.command.competition.api;

/** Points earned per event, split among authors by contribution share. */
public record PointsTable(int accepted,
                          int first,
                          int second,
                          int third,
                          int merit,
                          int patentFiled,
                          int inventionGranted,
                          int utilityModelGranted,
                          int designGranted,
                          int adopted,
                          int replication) {

    public static PointsTable defaults() {
        return new PointsTable(2, 20, 12, 6, 2, 5, 15, 8, 4, 10, 5);
    }
}
