package com.wuxiao.command.identity.api;

/** The roles of product.md; each is also a Camunda group of the same id. */
public enum Role {
    WORKER("职工"),
    UNIT_COORDINATOR("基层工会联络员"),
    REVIEWER("评审专家"),
    UNION_LEADER("工会办公室"),
    PRODUCTION_OWNER("生产部门负责人"),
    ADMIN("系统管理员");

    private final String zh;

    Role(String zh) { this.zh = zh; }

    public String zh() { return zh; }

    /** Camunda group of the coordinators of one unit: candidate group of that unit's screening tasks. */
    public static String coordinatorGroupOf(String unitId) {
        return UNIT_COORDINATOR.name() + "-" + unitId;
    }
}
