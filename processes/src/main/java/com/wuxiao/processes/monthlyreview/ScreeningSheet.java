package com.wuxiao.processes.monthlyreview;

import com.wuxiao.command.proposal.api.Author;
import com.wuxiao.command.proposal.api.ProposalContent;
import com.wuxiao.query.proposal.api.DuplicateCandidate;
import com.wuxiao.query.proposal.api.DuplicateCandidates;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The read-only part of the screening form as process variables. All are strings: Tasklist
 * writes form fields back on completion, and strings survive that unchanged.
 */
final class ScreeningSheet {

    /** Camunda keeps string variables in a varchar(4000) column. */
    static final int MAX_TEXT = 4000;
    static final String NO_DUPLICATES = "无 / none";

    private ScreeningSheet() {
    }

    /** Display variables of one revision; values may be null (e.g. no mentor). */
    static Map<String, Object> variables(ProposalContent content, List<Author> authors, String mentorId) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(MonthlyReview.Var.TITLE, text(content.title()));
        variables.put(MonthlyReview.Var.TYPE_LABEL,
                content.type() == null ? null : content.type().name() + " " + content.type().zh());
        variables.put(MonthlyReview.Var.CATEGORY_CODE, content.categoryCode());
        variables.put(MonthlyReview.Var.AUTHORS_TEXT, authorsText(authors));
        variables.put(MonthlyReview.Var.MENTOR_ID, mentorId);
        variables.put(MonthlyReview.Var.PROBLEM, text(content.problem()));
        variables.put(MonthlyReview.Var.SOLUTION, text(content.solution()));
        variables.put(MonthlyReview.Var.EXPECTED_ECONOMIC_BENEFIT, amount(content.expectedEconomicBenefit()));
        variables.put(MonthlyReview.Var.EXPECTED_SAFETY_BENEFIT, text(content.expectedSafetyBenefit()));
        variables.put(MonthlyReview.Var.MATERIAL_COST, amount(content.materialCost()));
        return variables;
    }

    /** "A001 (60%), A002 (40%)" in the authors' order. */
    static String authorsText(List<Author> authors) {
        if (authors == null) {
            return null;
        }
        return text(authors.stream()
                .map(author -> author.workerId() + " (" + author.share() + "%)")
                .collect(Collectors.joining(", ")));
    }

    /** One line per candidate, best match first. */
    static String duplicatesText(DuplicateCandidates found) {
        if (found == null || found.candidates().isEmpty()) {
            return NO_DUPLICATES;
        }
        return text(found.candidates().stream()
                .map(ScreeningSheet::line)
                .collect(Collectors.joining("\n")));
    }

    /** What the duplicate search compares besides the title. */
    static String searchText(ProposalContent content) {
        return (content.problem() == null ? "" : content.problem())
                + "\n" + (content.solution() == null ? "" : content.solution());
    }

    private static String line(DuplicateCandidate candidate) {
        return candidate.proposalId() + " 《" + candidate.title() + "》 相似度 similarity "
                + candidate.similarityPercent() + "%";
    }

    private static String amount(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

    private static String text(String value) {
        if (value == null || value.length() <= MAX_TEXT) {
            return value;
        }
        return value.substring(0, MAX_TEXT - 1) + "…";
    }
}
