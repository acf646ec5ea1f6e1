package com.wuxiao.command.catalogue.api;

/** Lengths and counts of requests and promotion meetings, for the aggregates and the forms alike. */
public final class CatalogueLimits {

    public static final int TEXT_MAX = 500;
    public static final int TITLE_MAX = 100;
    /** Results presented at one promotion meeting. */
    public static final int MEETING_RESULTS_MAX = 50;
    /** Production owners invited to one promotion meeting. */
    public static final int MEETING_OWNERS_MAX = 100;

    private CatalogueLimits() {
    }
}
