package com.wuxiao.query.leaderboard;

import com.wuxiao.query.export.SheetWriter;
import com.wuxiao.query.leaderboard.api.LeaderboardKind;
import com.wuxiao.query.leaderboard.api.LeaderboardRow;

import java.util.List;

/** One leaderboard of one period as a sheet, every row; money only when the asker may see it. */
final class LeaderboardSheet {

    private LeaderboardSheet() {
    }

    static byte[] write(LeaderboardKind kind, List<LeaderboardRow> rows, boolean withRewards) {
        SheetWriter sheet = new SheetWriter(kind.zh(), List.of(
                new SheetWriter.Column("名次", 6),
                new SheetWriter.Column(kind == LeaderboardKind.INDIVIDUALS ? "工号" : "编码", 10),
                new SheetWriter.Column("名称", 20),
                new SheetWriter.Column("单位", 10),
                new SheetWriter.Column("积分", 10),
                new SheetWriter.Column("奖金（元）", 12),
                new SheetWriter.Column("人数", 8),
                new SheetWriter.Column("通过初审", 10),
                new SheetWriter.Column("获奖", 8)));
        for (LeaderboardRow row : rows) {
            SheetWriter.RowWriter cells = sheet.row().integer(0, row.rank()).text(1, row.key()).text(2, row.name())
                    .text(3, row.unitId()).decimal(4, row.points());
            if (withRewards && row.rewardFen() != null) {
                cells.money(5, row.rewardFen());
            }
            cells.integer(6, row.members()).integer(7, row.accepted()).integer(8, row.awarded());
        }
        return sheet.toBytes(rows.size());
    }
}
