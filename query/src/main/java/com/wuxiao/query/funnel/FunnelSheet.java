package com.wuxiao.query.funnel;

import com.wuxiao.query.export.SheetWriter;
import com.wuxiao.query.funnel.api.Funnel;
import com.wuxiao.query.funnel.api.FunnelRow;

import java.util.List;

/** Sheet "转化漏斗": one row per unit of a period's funnel, then the 合计 row. */
final class FunnelSheet {

    static final String SHEET = "转化漏斗";
    static final String TOTAL = "合计";

    static final List<SheetWriter.Column> COLUMNS = List.of(
            new SheetWriter.Column("单位", 10),
            new SheetWriter.Column("申报", 8),
            new SheetWriter.Column("通过初审", 10),
            new SheetWriter.Column("获奖", 8),
            new SheetWriter.Column("专利申请", 10),
            new SheetWriter.Column("专利授权", 10),
            new SheetWriter.Column("移交生产", 10),
            new SheetWriter.Column("采纳", 8),
            new SheetWriter.Column("推广复制", 10),
            new SheetWriter.Column("转化率", 10),
            new SheetWriter.Column("获奖至采纳平均天数", 20),
            new SheetWriter.Column("效益报告数", 12),
            new SheetWriter.Column("年节约（元）", 16),
            new SheetWriter.Column("避免安全事故（起）", 20),
            new SheetWriter.Column("节约工时（小时）", 18));

    private FunnelSheet() {
    }

    static byte[] write(Funnel funnel) {
        SheetWriter sheet = new SheetWriter(SHEET, COLUMNS);
        for (FunnelRow row : funnel.units()) {
            write(sheet.row(), row.unitId(), row);
        }
        write(sheet.boldRow(), TOTAL, funnel.total());
        return sheet.toBytes(funnel.units().size());
    }

    private static void write(SheetWriter.RowWriter cells, String unit, FunnelRow row) {
        cells.text(0, unit)
                .integer(1, row.submitted())
                .integer(2, row.accepted())
                .integer(3, row.awarded())
                .integer(4, row.patentsFiled())
                .integer(5, row.patentsGranted())
                .integer(6, row.handedOver())
                .integer(7, row.adopted())
                .integer(8, row.replicated())
                .percent(9, row.conversionRate())
                .decimal(10, row.averageDaysAwardToAdoption())
                .integer(11, row.benefit().adoptionsReported())
                .yuan(12, row.benefit().cnySavedPerYear())
                .integer(13, row.benefit().safetyIncidentsAvoided())
                .decimal(14, row.benefit().hoursSaved());
    }
}
