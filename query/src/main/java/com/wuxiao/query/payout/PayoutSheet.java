package com.wuxiao.query.payout;

import com.wuxiao.query.export.SheetWriter;
import com.wuxiao.query.export.SheetWriter.Column;
import com.wuxiao.query.payout.api.PayoutBatchDetail;
import com.wuxiao.query.payout.api.PayoutItemRow;

import java.util.List;

/**
 * Sheet 奖金发放 of one batch, for finance: 工号, name, unit, round, grade, amount in yuan, and an empty
 * column where finance writes its bank reference; a bold total row after the items.
 */
final class PayoutSheet {

    static final String NAME = "奖金发放";
    static final List<Column> COLUMNS = List.of(new Column("工号", 12), new Column("姓名", 12), new Column("单位", 12),
            new Column("评审轮次", 12), new Column("获奖等级", 10), new Column("金额（元）", 14),
            new Column("银行流水号", 24), new Column("申报编号", 38), new Column("项目名称", 36));

    private PayoutSheet() {
    }

    static byte[] write(PayoutBatchDetail detail) {
        SheetWriter sheet = new SheetWriter(NAME, COLUMNS);
        for (PayoutItemRow item : detail.items()) {
            sheet.row().text(0, item.workerId()).text(1, item.workerName()).text(2, item.workerUnitId())
                    .text(3, item.roundId()).text(4, item.grade().zh()).money(5, item.amountFen())
                    .text(7, item.proposalId()).text(8, item.title());
        }
        sheet.boldRow().text(0, "合计").text(1, detail.items().size() + " 人次").money(5, detail.batch().totalFen());
        return sheet.toBytes(detail.items().size());
    }
}
