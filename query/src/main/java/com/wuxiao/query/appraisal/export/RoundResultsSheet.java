package com.wuxiao.query.appraisal.export;

import com.wuxiao.command.competition.api.Grade;
import com.wuxiao.command.proposal.api.Author;
import com.wuxiao.query.appraisal.api.AppraisalRoundDetail;
import com.wuxiao.query.appraisal.api.RoundProposalResult;
import com.wuxiao.query.export.SheetWriter;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Sheet "评审结果": one row per proposal of a round in ranking order (unranked ones in pool order),
 * as the round's read model lists them.
 */
public final class RoundResultsSheet {

    public static final String SHEET = "评审结果";

    static final List<SheetWriter.Column> COLUMNS = List.of(
            new SheetWriter.Column("排名", 6),
            new SheetWriter.Column("申报编号", 20),
            new SheetWriter.Column("项目名称", 40),
            new SheetWriter.Column("单位", 10),
            new SheetWriter.Column("作者（贡献比例）", 36),
            new SheetWriter.Column("导师", 12),
            new SheetWriter.Column("评分次数", 10),
            new SheetWriter.Column("最终得分", 10),
            new SheetWriter.Column("奖项", 10),
            new SheetWriter.Column("复审", 16));

    private RoundResultsSheet() {
    }

    /**
     * @param names display names by worker id; a worker without one is shown by id
     */
    public static byte[] write(AppraisalRoundDetail round, Map<String, String> names) {
        SheetWriter sheet = new SheetWriter(SHEET, COLUMNS);
        for (RoundProposalResult result : round.results()) {
            sheet.row()
                    .integer(0, result.rank())
                    .text(1, result.proposalId())
                    .text(2, result.title())
                    .text(3, result.unitId())
                    .text(4, authors(result.authors(), names))
                    .text(5, result.mentorId() == null ? null : names.getOrDefault(result.mentorId(), result.mentorId()))
                    .integer(6, result.scoresDone())
                    .decimal(7, result.finalScore())
                    .text(8, gradeOf(result))
                    .text(9, reReview(result));
        }
        return sheet.toBytes(round.results().size());
    }

    /** "张三（60%）、李四（40%）" in the proposal's order of authors. */
    static String authors(List<Author> authors, Map<String, String> names) {
        return authors.stream()
                .map(a -> names.getOrDefault(a.workerId(), a.workerId()) + "（" + a.share() + "%）")
                .collect(Collectors.joining("、"));
    }

    /** The final grade once the round is finalised, else that of the current ranking; none while unranked. */
    private static String gradeOf(RoundProposalResult result) {
        Grade grade = result.finalGrade() != null ? result.finalGrade() : result.grade();
        return grade == null ? null : grade.zh();
    }

    private static String reReview(RoundProposalResult result) {
        if (result.reReviewReason() == null) {
            return null;
        }
        return result.reReviewReason().zh() + (result.inReReview() ? "（待复议）" : "");
    }
}
