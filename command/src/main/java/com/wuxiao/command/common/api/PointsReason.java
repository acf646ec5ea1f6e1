package com.wuxiao.command.common.api;

/** Why an awarded result earns its authors points after the appraisal (product.md §4). */
public enum PointsReason {
    PATENT_FILED("专利申请"),
    PATENT_GRANTED("专利授权"),
    ADOPTED("成果采纳"),
    REPLICATED("推广复制");

    private final String zh;

    PointsReason(String zh) {
        this.zh = zh;
    }

    public String zh() {
        return zh;
    }
}
