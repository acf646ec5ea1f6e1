package com.wuxiao.command.common.api;

/** Why a proposal earns its authors points: its acceptance, or as an awarded result (product.md §4). */
public enum PointsReason {
    ACCEPTED("初审通过"),
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
