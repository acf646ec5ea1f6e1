package com.wuxiao.processes.monthlyreview;

import com.wuxiao.command.proposal.api.ProposalContent;
import com.wuxiao.processes.proposal.ProposalSheet;
import com.wuxiao.query.proposal.api.DuplicateCandidate;
import com.wuxiao.query.proposal.api.DuplicateCandidates;

import java.util.stream.Collectors;

/**
 * What only the screening form shows besides the shared {@link ProposalSheet}: the possible
 * duplicates, as a process variable (a string, cut like the sheet's texts).
 */
final class ScreeningSheet {

    /** Camunda keeps string variables in a varchar(4000) column. */
    static final int MAX_TEXT = ProposalSheet.MAX_TEXT;
    static final String NO_DUPLICATES = "无 / none";

    private ScreeningSheet() {
    }

    /** One line per candidate, best match first. */
    static String duplicatesText(DuplicateCandidates found) {
        if (found == null || found.candidates().isEmpty()) {
            return NO_DUPLICATES;
        }
        return ProposalSheet.text(found.candidates().stream()
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
}
