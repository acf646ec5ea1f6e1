package com.wuxiao.command.patent.api;

/** Lengths the patent case accepts; the forms use the same limits. */
public final class PatentLimits {

    public static final int AGENCY_MAX = 200;
    public static final int TEXT_MAX = 2000;
    public static final int NUMBER_MAX = 40;

    private PatentLimits() {
    }
}
