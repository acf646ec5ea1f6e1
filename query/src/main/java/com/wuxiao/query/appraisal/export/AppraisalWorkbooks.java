package com.wuxiao.query.appraisal.export;

import com.wuxiao.command.proposal.api.Author;
import com.wuxiao.query.appraisal.api.AppraisalRoundDetail;
import com.wuxiao.query.appraisal.api.RoundProposalResult;
import com.wuxiao.query.appraisal.api.RoundRewards;
import com.wuxiao.query.people.WorkerNames;
import org.springframework.stereotype.Component;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** The Excel files of a round: its results with people by name, and its rewards per person. */
@Component
public class AppraisalWorkbooks {

    private final WorkerNames names;

    public AppraisalWorkbooks(WorkerNames names) {
        this.names = names;
    }

    /** @param round as the union office reads it ({@code RoundAccess.FULL}) */
    public byte[] results(AppraisalRoundDetail round) {
        Set<String> people = new LinkedHashSet<>();
        for (RoundProposalResult result : round.results()) {
            result.authors().stream().map(Author::workerId).forEach(people::add);
            if (result.mentorId() != null) {
                people.add(result.mentorId());
            }
        }
        return RoundResultsSheet.write(round, people.isEmpty() ? Map.of() : names.namesOf(people));
    }

    /** @param rewards of a finalised round; its rows already carry the names */
    public byte[] rewards(RoundRewards rewards) {
        return RoundRewardsSheet.write(rewards);
    }
}
