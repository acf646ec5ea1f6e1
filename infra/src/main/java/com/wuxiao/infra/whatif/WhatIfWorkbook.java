package com.wuxiao.infra.whatif;

import com.wuxiao.command.commendation.api.CommendedWorker;
import com.wuxiao.command.commendation.api.UnitScore;
import com.wuxiao.command.whatif.api.Commended;
import com.wuxiao.command.whatif.api.PersonDelta;
import com.wuxiao.command.whatif.api.ProposalOutcome;
import com.wuxiao.command.whatif.api.UnitDelta;
import com.wuxiao.command.whatif.api.WhatIfResult;
import com.wuxiao.infra.ui.Names;
import com.wuxiao.query.export.SheetWriter;
import com.wuxiao.query.export.SheetWriter.Column;

import java.util.List;

/**
 * A what-if as a workbook, decided beside alternative: every proposal (申报), every person (个人),
 * every unit (单位), and for a year the 创新标兵 and the units by composite under both rules.
 */
final class WhatIfWorkbook {

    private WhatIfWorkbook() {
    }

    static byte[] write(WhatIfResult result, Names names) {
        SheetWriter sheet = new SheetWriter("申报", List.of(new Column("轮次", 10), new Column("申报编号", 18),
                new Column("单位", 16), new Column("原得分", 9), new Column("原名次", 8), new Column("原等级", 8),
                new Column("推演得分", 9), new Column("推演名次", 8), new Column("推演等级", 8), new Column("等级变化", 8),
                new Column("需复议未复议", 12)));
        for (ProposalOutcome p : result.proposals()) {
            sheet.row().text(0, p.roundId()).text(1, p.proposalId()).text(2, names.unit(p.unitId()))
                    .decimal(3, p.decided().finalScore()).integer(4, p.decided().rank())
                    .text(5, p.decided().grade().zh()).decimal(6, p.alternative().finalScore())
                    .integer(7, p.alternative().rank()).text(8, p.alternative().grade().zh())
                    .text(9, p.gradeChanged() ? "是" : "").text(10, p.reReviewMissing() ? "是" : "");
        }
        sheet.nextSheet(result.proposals().size(), "个人", List.of(new Column("姓名", 12), new Column("工号", 10),
                new Column("单位", 16), new Column("原奖金", 12), new Column("推演奖金", 12), new Column("奖金差额", 12),
                new Column("原积分", 10), new Column("推演积分", 10), new Column("积分差额", 10)));
        for (PersonDelta d : result.people()) {
            sheet.row().text(0, names.person(d.workerId())).text(1, d.workerId()).text(2, names.unit(d.unitId()))
                    .money(3, d.decidedFen()).money(4, d.alternativeFen()).money(5, d.deltaFen())
                    .decimal(6, d.decidedPoints()).decimal(7, d.alternativePoints()).decimal(8, d.deltaPoints());
        }
        sheet.nextSheet(result.people().size(), "单位", List.of(new Column("单位", 16), new Column("单位编码", 10),
                new Column("原奖金", 12), new Column("推演奖金", 12), new Column("奖金差额", 12), new Column("原积分", 10),
                new Column("推演积分", 10), new Column("积分差额", 10), new Column("原获奖项数", 10),
                new Column("推演获奖项数", 10)));
        for (UnitDelta d : result.units()) {
            sheet.row().text(0, names.unit(d.unitId())).text(1, d.unitId()).money(2, d.decidedFen())
                    .money(3, d.alternativeFen()).money(4, d.deltaFen()).decimal(5, d.decidedPoints())
                    .decimal(6, d.alternativePoints()).decimal(7, d.deltaPoints()).integer(8, d.decidedAwards())
                    .integer(9, d.alternativeAwards());
        }
        int rows = result.units().size();
        if (result.decided() != null) {
            rows = innovators(sheet, rows, "创新标兵（原）", result.decided(), names);
            rows = innovators(sheet, rows, "创新标兵（推演）", result.alternative(), names);
            rows = units(sheet, rows, "优秀组织单位（原）", result.decided(), names);
            rows = units(sheet, rows, "优秀组织单位（推演）", result.alternative(), names);
        }
        return sheet.toBytes(rows);
    }

    private static int innovators(SheetWriter sheet, int previousRows, String title, Commended lists, Names names) {
        sheet.nextSheet(previousRows, title, List.of(new Column("名次", 6), new Column("姓名", 12),
                new Column("工号", 10), new Column("单位", 16), new Column("年度积分", 10)));
        for (CommendedWorker w : lists.innovators()) {
            sheet.row().integer(0, w.rank()).text(1, names.person(w.workerId())).text(2, w.workerId())
                    .text(3, names.unit(w.unitId())).decimal(4, w.points());
        }
        return lists.innovators().size();
    }

    private static int units(SheetWriter sheet, int previousRows, String title, Commended lists, Names names) {
        sheet.nextSheet(previousRows, title, List.of(new Column("名次", 6), new Column("单位", 16),
                new Column("参与率", 9), new Column("每百人获奖", 10), new Column("转化数", 8), new Column("综合分", 9),
                new Column("优秀组织单位", 12)));
        for (UnitScore u : lists.units()) {
            sheet.row().integer(0, u.rank()).text(1, names.unit(u.unitId())).percent(2, u.participationRate())
                    .decimal(3, u.awardsPer100()).integer(4, u.adoptions()).decimal(5, u.composite())
                    .text(6, u.commended() ? "是" : "");
        }
        return lists.units().size();
    }
}
