package com.wuxiao.query.patent;

import com.wuxiao.query.export.SheetWriter;
import com.wuxiao.query.export.SheetWriter.Column;
import com.wuxiao.query.patent.api.PatentSummary;
import com.wuxiao.query.period.api.Period;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Sheet 专利推进: one row per patent case, in the list's order; dates as text, times in China time. */
final class PatentSheet {

    static final String NAME = "专利推进";

    static final List<Column> COLUMNS = List.of(
            new Column("专利编号", 22), new Column("申报编号", 18), new Column("项目名称", 40), new Column("单位", 12),
            new Column("竞赛年度", 10), new Column("专利类型", 10), new Column("状态", 10), new Column("提名时间", 18),
            new Column("申请号", 20), new Column("申请日", 12), new Column("专利号", 20), new Column("授权日", 12),
            new Column("审查意见数", 12), new Column("待答复审查意见", 28), new Column("逾期步骤", 14),
            new Column("结束原因", 30), new Column("最后更新", 18));

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(Period.ZONE);

    private PatentSheet() {
    }

    static byte[] write(List<PatentSummary> patents) {
        SheetWriter sheet = new SheetWriter(NAME, COLUMNS);
        for (PatentSummary p : patents) {
            sheet.row()
                    .text(0, p.patentId())
                    .text(1, p.proposalId())
                    .text(2, p.title())
                    .text(3, p.unitId())
                    .integer(4, p.competitionYear())
                    .text(5, p.type().zh())
                    .text(6, p.status().zh())
                    .text(7, time(p.nominatedAt()))
                    .text(8, p.applicationNumber())
                    .text(9, date(p.filedOn()))
                    .text(10, p.patentNumber())
                    .text(11, date(p.grantedOn()))
                    .integer(12, p.officeActionCount())
                    .text(13, p.openOfficeAction() == null ? null
                            : "第" + p.openOfficeAction() + "次，" + date(p.openResponseDue()) + " 前答复")
                    .text(14, p.overdueStep() == null ? null : p.overdueStep().zh())
                    .text(15, p.endedReason())
                    .text(16, time(p.lastChange()));
        }
        return sheet.toBytes(patents.size());
    }

    static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }

    static String time(Instant instant) {
        return instant == null ? null : MINUTES.format(instant);
    }
}
