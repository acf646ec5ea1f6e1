package com.wuxiao.query.fund;

import com.wuxiao.query.export.SheetWriter;
import com.wuxiao.query.export.SheetWriter.Column;
import com.wuxiao.query.fund.api.FundClaimRow;
import com.wuxiao.query.fund.api.FundOverview;
import com.wuxiao.query.period.api.Period;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The fund's workbook: 基金概况 (budget, booked, remaining, pending), 按单位 and 按类别 (booked), and
 * 报销明细, one row per claim of the year. Amounts in yuan as numbers, times in China time.
 */
final class FundWorkbook {

    static final List<Column> OVERVIEW = List.of(new Column("项目", 16), new Column("金额（元）", 16),
            new Column("笔数", 8));
    static final List<Column> SLICE = List.of(new Column("代码", 14), new Column("已核销（元）", 16),
            new Column("笔数", 8));
    static final List<Column> CLAIMS = List.of(new Column("报销编号", 44), new Column("申报编号", 38),
            new Column("项目名称", 36), new Column("单位", 10), new Column("专业类别", 10), new Column("申请人", 12),
            new Column("申请金额（元）", 16), new Column("状态", 10), new Column("核准金额（元）", 16),
            new Column("申请时间", 18), new Column("审批人", 12), new Column("审批时间", 18), new Column("意见/原因", 30));

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(Period.ZONE);

    private FundWorkbook() {
    }

    static byte[] write(FundOverview fund, List<FundClaimRow> claims) {
        SheetWriter sheet = new SheetWriter("基金概况", OVERVIEW);
        sheet.row().text(0, "年度预算").money(1, fund.budgetFen() == null ? 0 : fund.budgetFen());
        sheet.row().text(0, "已核销").money(1, fund.bookedFen()).integer(2, fund.approvedClaims());
        sheet.row().text(0, "剩余额度").money(1, fund.remainingFen());
        sheet.row().text(0, "待审批").money(1, fund.pendingFen()).integer(2, fund.pendingClaims());
        sheet.row().text(0, "不予报销").integer(2, fund.refusedClaims());
        slices(sheet.nextSheet(5, "按单位", SLICE), fund.byUnit());
        slices(sheet.nextSheet(fund.byUnit().size(), "按类别", SLICE), fund.byCategory());
        sheet.nextSheet(fund.byCategory().size(), "报销明细", CLAIMS);
        for (FundClaimRow c : claims) {
            SheetWriter.RowWriter row = sheet.row().text(0, c.claimId()).text(1, c.proposalId()).text(2, c.title())
                    .text(3, c.unitId()).text(4, c.categoryCode()).text(5, c.claimantId()).money(6, c.totalFen())
                    .text(7, c.status().zh());
            if (c.approvedFen() != null) {
                row.money(8, c.approvedFen());
            }
            row.text(9, time(c.submittedAt())).text(10, c.decidedBy()).text(11, time(c.decidedAt()))
                    .text(12, c.decisionNote());
        }
        return sheet.toBytes(claims.size());
    }

    private static void slices(SheetWriter sheet, List<FundOverview.FundSlice> slices) {
        slices.forEach(s -> sheet.row().text(0, s.key()).money(1, s.bookedFen()).integer(2, s.approvedClaims()));
    }

    private static String time(Instant instant) {
        return instant == null ? null : MINUTES.format(instant);
    }
}
