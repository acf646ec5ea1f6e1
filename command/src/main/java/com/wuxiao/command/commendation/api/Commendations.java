package com.wuxiao.command.commendation.api;

/** Identity of a year's commendation, shared by the aggregate and those who send it commands. */
public final class Commendations {

    private static final String ID_PREFIX = "COMM-";

    private Commendations() {
    }

    /** The id of a competition year's commendation, e.g. "COMM-2026". */
    public static String idOf(int year) {
        return ID_PREFIX + year;
    }

    /** The year of a commendation id made by {@link #idOf(int)}. */
    public static int yearOf(String commendationId) {
        return Integer.parseInt(commendationId.substring(ID_PREFIX.length()));
    }
}
