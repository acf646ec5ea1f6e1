package com.wuxiao.processes.monthlyreview;

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
    /** Until the task is claimed; the proposal's page (linked from the form) shows them anyway. */
    static final String DUPLICATES_ON_CLAIM = "认领任务后显示，申报页亦可查看 / shown once you claim the task,"
            + " and on the proposal's page";
    /** Claimed before the read model had this revision, which is a matter of seconds. */
    static final String DUPLICATES_NOT_READY = "查重尚未完成，请稍后重新认领或查看申报页 / not checked yet:"
            + " claim again later or see the proposal's page";

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

    private static String line(DuplicateCandidate candidate) {
        return candidate.proposalId() + " 《" + candidate.title() + "》 相似度 similarity "
                + candidate.similarityPercent() + "%";
    }
}
