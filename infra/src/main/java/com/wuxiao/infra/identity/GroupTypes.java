package com.wuxiao.infra.identity;

/** Types of Camunda groups: how roles, panel roles and units are told apart in one identity store. */
public final class GroupTypes {

    static final String ROLE = "ROLE";
    static final String PANEL = "PANEL";
    public static final String UNIT = "UNIT";
    /** The coordinators of one unit (candidate group of that unit's screening tasks). */
    static final String UNIT_COORDINATORS = "UNIT_COORDINATORS";
    /** Camunda's built-in administrators group; ADMIN users are members too. */
    static final String CAMUNDA_ADMIN = "camunda-admin";
    /** Marks demo users and units as such, in the user info of Camunda's identity store. */
    static final String DEMO_INFO_KEY = "demo";

    private GroupTypes() {
    }
}
