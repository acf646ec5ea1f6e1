package com.wuxiao.query.commendation;

import com.wuxiao.command.commendation.api.CommendedWorker;
import com.wuxiao.command.commendation.api.UnitScore;
import com.wuxiao.query.commendation.api.CommendationDetail;
import com.wuxiao.query.commendation.api.Recommendation;
import com.wuxiao.query.export.SheetWriter;
import com.wuxiao.query.people.WorkerNames;
import org.springframework.stereotype.Component;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static com.wuxiao.query.period.api.Period.ZONE;

/**
 * The year's commendation as a workbook: sheets 创新标兵 (the named workers), 优秀组织单位 (every unit by
 * the composite, the commended marked 是) and 推荐成果 (results recommended to the group's competition).
 */
@Component
class CommendationWorkbook {

    static final String WORKERS = "创新标兵";
    static final String UNITS = "优秀组织单位";
    static final String RECOMMENDATIONS = "推荐成果";

    static final List<SheetWriter.Column> WORKER_COLUMNS = List.of(
            new SheetWriter.Column("名次", 6),
            new SheetWriter.Column("工号", 12),
            new SheetWriter.Column("姓名", 12),
            new SheetWriter.Column("单位", 10),
            new SheetWriter.Column("年度积分", 10));
    static final List<SheetWriter.Column> UNIT_COLUMNS = List.of(
            new SheetWriter.Column("名次", 6),
            new SheetWriter.Column("单位", 10),
            new SheetWriter.Column("参与率", 10),
            new SheetWriter.Column("每百人获奖数", 14),
            new SheetWriter.Column("成果转化数", 12),
            new SheetWriter.Column("综合得分", 10),
            new SheetWriter.Column("优秀组织单位", 14));
    static final List<SheetWriter.Column> RECOMMENDATION_COLUMNS = List.of(
            new SheetWriter.Column("申报编号", 20),
            new SheetWriter.Column("项目名称", 40),
            new SheetWriter.Column("单位", 10),
            new SheetWriter.Column("奖项", 10),
            new SheetWriter.Column("推荐理由", 40),
            new SheetWriter.Column("推荐人", 12),
            new SheetWriter.Column("推荐日期", 12));

    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZONE);

    private final WorkerNames names;

    CommendationWorkbook(WorkerNames names) {
        this.names = names;
    }

    byte[] write(CommendationDetail detail) {
        Map<String, String> nameOf = names.namesOf(Stream.concat(
                detail.workers().stream().map(CommendedWorker::workerId),
                detail.recommendations().stream().map(Recommendation::recommendedBy)).toList());
        SheetWriter sheet = new SheetWriter(WORKERS, WORKER_COLUMNS);
        for (CommendedWorker worker : detail.workers()) {
            sheet.row().integer(0, worker.rank()).text(1, worker.workerId()).text(2, nameOf.get(worker.workerId()))
                    .text(3, worker.unitId()).decimal(4, worker.points());
        }
        sheet.nextSheet(detail.workers().size(), UNITS, UNIT_COLUMNS);
        for (UnitScore unit : detail.units()) {
            sheet.row().integer(0, unit.rank()).text(1, unit.unitId()).percent(2, unit.participationRate())
                    .decimal(3, unit.awardsPer100()).integer(4, unit.adoptions()).decimal(5, unit.composite())
                    .text(6, unit.commended() ? "是" : "");
        }
        sheet.nextSheet(detail.units().size(), RECOMMENDATIONS, RECOMMENDATION_COLUMNS);
        for (Recommendation r : detail.recommendations()) {
            sheet.row().text(0, r.proposalId()).text(1, r.title()).text(2, r.unitId()).text(3, r.grade().zh())
                    .text(4, r.note()).text(5, nameOf.getOrDefault(r.recommendedBy(), r.recommendedBy()))
                    .text(6, DATE.format(r.recommendedAt()));
        }
        return sheet.toBytes(detail.recommendations().size());
    }
}
