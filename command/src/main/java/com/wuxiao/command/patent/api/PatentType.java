package com.wuxiao.command.patent.api;

/** The kind of patent an awarded result is nominated for (product.md §5); grant points depend on it. */
public enum PatentType {
    INVENTION("发明"),
    UTILITY_MODEL("实用新型"),
    DESIGN("外观设计");

    private final String zh;

    PatentType(String zh) {
        this.zh = zh;
    }

    public String zh() {
        return zh;
    }
}
