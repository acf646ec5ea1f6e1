package com.wuxiao.query.leaderboard.api;

import java.util.Arrays;
import java.util.Optional;

/** The three leaderboards; {@link #path()} is how a URL names them. */
public enum LeaderboardKind {
    /** Workers by points. */
    INDIVIDUALS("individuals", "个人排行"),
    /** Units by the points of their members (a worker's points count for their unit at the time). */
    UNITS("units", "单位排行"),
    /** Proposal categories by points of their proposals. */
    CATEGORIES("categories", "类别排行");

    private final String path;
    private final String zh;

    LeaderboardKind(String path, String zh) {
        this.path = path;
        this.zh = zh;
    }

    public String path() {
        return path;
    }

    public String zh() {
        return zh;
    }

    public static Optional<LeaderboardKind> ofPath(String path) {
        return Arrays.stream(values()).filter(kind -> kind.path.equalsIgnoreCase(path)).findFirst();
    }
}
