package com.wuxiao.command.need.api;

/** Lengths of a need's texts, for the aggregate and the forms alike. */
public final class NeedLimits {

    public static final int TITLE_MAX = 100;
    public static final int PROBLEM_MAX = 4000;
    public static final int NOTE_MAX = 500;

    private NeedLimits() {
    }
}
