package com.wuxiao.command.fund.api;

/** What a claimed cost is for (product.md §9). */
public enum FundCostKind {
    /** 材料费 */
    MATERIALS("材料费", "materials"),
    /** 设备租赁费 */
    EQUIPMENT_RENTAL("设备租赁费", "equipment rental"),
    /** 其他 */
    OTHER("其他", "other");

    private final String zh;
    private final String en;

    FundCostKind(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    public String zh() {
        return zh;
    }

    public String en() {
        return en;
    }
}
