package com.wuxiao.infra.ui.dashboard;

import com.wuxiao.command.competition.CompetitionCalendar;
import com.wuxiao.infra.ui.NameBook;
import com.wuxiao.infra.ui.Names;
import com.wuxiao.processes.worklist.ReviewProgress;
import com.wuxiao.processes.worklist.ReviewProgressController;
import com.wuxiao.query.appraisal.api.ScorerProgress;
import com.wuxiao.query.export.SheetWriter;
import com.wuxiao.query.export.XlsxDownload;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The dashboard's review cards as one workbook: screenings waiting per unit, overdue tasks per
 * step, and each panel member's scoring per round; the same answer as {@code /api/review-progress}.
 */
@Controller
class ReviewProgressWorkbook {

    private final ReviewProgressController progress;
    private final NameBook nameBook;

    ReviewProgressWorkbook(ReviewProgressController progress, NameBook nameBook) {
        this.progress = progress;
        this.nameBook = nameBook;
    }

    @GetMapping("/dashboard/review-progress.xlsx")
    @ResponseBody
    ResponseEntity<byte[]> workbook(Authentication user) {
        ReviewProgress answer = progress.progress(user);
        Names names = nameBook.names(answer.rounds().stream().flatMap(r -> r.scorers().stream())
                .map(ScorerProgress::scorerId).distinct().toList(), List.of());

        SheetWriter sheet = new SheetWriter("各单位待初审", List.of(new SheetWriter.Column("单位", 20),
                new SheetWriter.Column("单位编码", 10), new SheetWriter.Column("待初审", 8),
                new SheetWriter.Column("已升级", 8), new SheetWriter.Column("最早申报", 12)));
        answer.pendingScreenings().forEach(unit -> sheet.row().text(0, names.unit(unit.unitId())).text(1, unit.unitId())
                .integer(2, unit.count()).integer(3, unit.escalated()).text(4, day(unit.oldestSubmittedAt())));

        sheet.nextSheet(answer.pendingScreenings().size(), "超期任务", List.of(new SheetWriter.Column("流程", 22),
                new SheetWriter.Column("任务", 22), new SheetWriter.Column("超期", 8), new SheetWriter.Column("已升级", 8),
                new SheetWriter.Column("最早到期", 12)));
        answer.overdueTasks().forEach(task -> sheet.row().text(0, task.processKey()).text(1, task.name())
                .integer(2, task.overdue()).integer(3, task.escalated()).text(4, day(task.oldestDue())));

        int scorers = 0;
        sheet.nextSheet(answer.overdueTasks().size(), "评分完成情况", List.of(new SheetWriter.Column("轮次", 10),
                new SheetWriter.Column("评委", 16), new SheetWriter.Column("工号", 10), new SheetWriter.Column("已评", 8),
                new SheetWriter.Column("应评", 8)));
        for (ReviewProgress.RoundScoring round : answer.rounds()) {
            for (ScorerProgress scorer : round.scorers()) {
                sheet.row().text(0, round.roundId()).text(1, names.person(scorer.scorerId())).text(2, scorer.scorerId())
                        .integer(3, scorer.done()).integer(4, scorer.assigned());
                scorers++;
            }
        }
        String date = day(answer.asOf());
        return XlsxDownload.attachment(sheet.toBytes(scorers), "审核进度-" + date + ".xlsx",
                "review-progress-" + date + ".xlsx");
    }

    private static String day(Instant instant) {
        return instant == null ? null : LocalDate.ofInstant(instant, CompetitionCalendar.ZONE)
                .toString();
    }
}
