package com.wuxiao.query.appraisal.export;

import com.wuxiao.query.appraisal.api.PersonReward;
import com.wuxiao.query.appraisal.api.RoundRewards;
import com.wuxiao.query.export.SheetWriter;

import java.util.List;

/**
 * Sheet "个人奖励": one row per worker of a finalised round in the order of {@link RoundRewards#rows()},
 * then a "合计" row. The totals row leaves 获奖项目数 empty: a proposal with several authors counts once
 * per author, so that column has no meaningful sum.
 */
public final class RoundRewardsSheet {

    public static final String SHEET = "个人奖励";
    public static final String TOTAL = "合计";

    static final List<SheetWriter.Column> COLUMNS = List.of(
            new SheetWriter.Column("工号", 12),
            new SheetWriter.Column("姓名", 12),
            new SheetWriter.Column("单位", 10),
            new SheetWriter.Column("获奖项目数", 12),
            new SheetWriter.Column("奖金（元）", 14),
            new SheetWriter.Column("积分", 10));

    private RoundRewardsSheet() {
    }

    public static byte[] write(RoundRewards rewards) {
        SheetWriter sheet = new SheetWriter(SHEET, COLUMNS);
        for (PersonReward row : rewards.rows()) {
            sheet.row()
                    .text(0, row.workerId())
                    .text(1, row.name())
                    .text(2, row.unitId())
                    .integer(3, row.awardedProposals())
                    .money(4, row.rewardFen())
                    .decimal(5, row.points());
        }
        sheet.boldRow()
                .text(0, TOTAL)
                .money(4, rewards.totalRewardFen())
                .decimal(5, rewards.totalPoints());
        return sheet.toBytes(rewards.rows().size());
    }
}
