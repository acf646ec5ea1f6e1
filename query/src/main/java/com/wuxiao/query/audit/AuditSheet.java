package com.wuxiao.query.audit;

import com.wuxiao.query.audit.api.AuditChange;
import com.wuxiao.query.audit.api.AuditEntry;
import com.wuxiao.query.export.SheetWriter;
import com.wuxiao.query.export.SheetWriter.Column;
import com.wuxiao.query.period.api.Period;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Sheet 审计记录: one row per event, oldest first; the time in China time to the second, the
 * actor's work number and name (系统 for the system), the changed fields one "name: value" a line.
 */
final class AuditSheet {

    static final String NAME = "审计记录";
    static final String SYSTEM = "系统";

    static final List<Column> COLUMNS = List.of(
            new Column("序号", 8), new Column("时间", 20), new Column("事件", 24), new Column("事件类型", 34),
            new Column("操作人工号", 12), new Column("操作人", 12), new Column("变更内容", 100));

    static final int MOST_CHARACTERS = 32_767;
    static final String CUT = "…（内容过长已截断，完整内容见审计记录接口）";

    private static final DateTimeFormatter SECONDS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(Period.ZONE);

    private AuditSheet() {
    }

    static byte[] write(List<AuditEntry> entries, Map<String, String> names) {
        SheetWriter sheet = new SheetWriter(NAME, COLUMNS);
        for (AuditEntry e : entries) {
            sheet.row()
                    .integer(0, e.sequenceNumber())
                    .text(1, SECONDS.format(e.occurredAt()))
                    .text(2, e.labelZh())
                    .text(3, e.eventType())
                    .text(4, e.bySystem() ? null : e.actor())
                    .text(5, e.bySystem() ? SYSTEM : names.getOrDefault(e.actor(), e.actor()))
                    .text(6, changes(e.changes()));
        }
        return sheet.toBytes(entries.size());
    }

    /**
     * The fields one a line, cut to what a cell holds: Excel refuses more than 32,767 characters, and
     * a round's opening or finalisation lists hundreds of proposals (the API has them whole).
     */
    static String changes(List<AuditChange> changes) {
        String text = changes.stream().map(c -> c.field() + ": " + (c.value() == null ? "" : c.value()))
                .collect(Collectors.joining("\n"));
        return text.length() <= MOST_CHARACTERS ? text
                : text.substring(0, MOST_CHARACTERS - CUT.length()) + CUT;
    }
}
