package com.wuxiao.query.conversion;

import com.wuxiao.query.conversion.api.BenefitReport;
import com.wuxiao.query.conversion.api.ConversionSummary;
import com.wuxiao.query.export.SheetWriter;
import com.wuxiao.query.export.SheetWriter.Column;
import com.wuxiao.query.people.WorkerNames;
import com.wuxiao.query.period.api.Period;
import org.springframework.stereotype.Component;

import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Sheet 成果转化: one row per conversion in the list's order, owners by name, the latest measured
 * benefit; dates as text, times in China time.
 */
@Component
class ConversionWorkbook {

    static final String SHEET = "成果转化";

    static final List<Column> COLUMNS = List.of(
            new Column("转化编号", 28), new Column("申报编号", 18), new Column("项目名称", 40), new Column("成果单位", 12),
            new Column("接收单位", 12), new Column("负责人工号", 12), new Column("负责人", 12),
            new Column("计划开始试用", 14), new Column("计划结束试用", 14), new Column("计划采纳决定", 14),
            new Column("开始试用日", 12), new Column("结束试用日", 12), new Column("状态", 10), new Column("推广复制", 10),
            new Column("采纳时间", 18), new Column("未采纳原因", 30), new Column("效益报告（采纳后月数）", 22),
            new Column("年节约（元）", 16), new Column("避免安全事故（起）", 18), new Column("节约工时（小时/年）", 20),
            new Column("逾期节点", 16), new Column("最后更新", 18));

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(Period.ZONE);

    private final WorkerNames names;

    ConversionWorkbook(WorkerNames names) {
        this.names = names;
    }

    byte[] write(List<ConversionSummary> conversions) {
        List<String> owners = conversions.stream().map(ConversionSummary::ownerId).filter(Objects::nonNull)
                .distinct().toList();
        Map<String, String> ownerNames = owners.isEmpty() ? Map.of() : names.namesOf(owners);
        SheetWriter sheet = new SheetWriter(SHEET, COLUMNS);
        for (ConversionSummary c : conversions) {
            SheetWriter.RowWriter row = sheet.row()
                    .text(0, c.conversionId())
                    .text(1, c.proposalId())
                    .text(2, c.title())
                    .text(3, c.resultUnitId())
                    .text(4, c.receivingUnitId())
                    .text(5, c.ownerId())
                    .text(6, ownerNames.get(c.ownerId()))
                    .text(7, date(c.planned() == null ? null : c.planned().trialStart()))
                    .text(8, date(c.planned() == null ? null : c.planned().trialEnd()))
                    .text(9, date(c.planned() == null ? null : c.planned().adoptionDecision()))
                    .text(10, date(c.trialStartedOn()))
                    .text(11, date(c.trialEndedOn()))
                    .text(12, c.status().zh())
                    .text(13, c.adoptedAt() == null ? null : c.replication() ? "是" : "否")
                    .text(14, time(c.adoptedAt()))
                    .text(15, c.declinedReason())
                    .text(20, c.overdueMilestone() == null ? null : c.overdueMilestone().zh())
                    .text(21, time(c.lastChange()));
            BenefitReport benefit = c.latestBenefit();
            if (benefit != null) {
                row.integer(16, benefit.monthsAfterAdoption())
                        .integer(18, benefit.safetyIncidentsAvoided())
                        .decimal(19, benefit.hoursSaved());
                if (benefit.cnySavedPerYear() != null) {
                    row.money(17, benefit.cnySavedPerYear().setScale(2, RoundingMode.HALF_UP)
                            .movePointRight(2).longValueExact());
                }
            }
        }
        return sheet.toBytes(conversions.size());
    }

    private static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static String time(Instant instant) {
        return instant == null ? null : MINUTES.format(instant);
    }

}
