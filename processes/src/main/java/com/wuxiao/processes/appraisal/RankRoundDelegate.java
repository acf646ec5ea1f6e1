package com.wuxiao.processes.appraisal;

import com.wuxiao.command.appraisal.api.RankRoundCommand;
import com.wuxiao.command.appraisal.api.RankedProposal;
import com.wuxiao.command.appraisal.api.RankingOutcome;
import com.wuxiao.command.competition.api.Grade;
import com.wuxiao.processes.appraisal.QuarterlyAppraisal.Var;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Ranks the round once every proposal is scored and no re-review is open, on behalf of the union
 * leader who opened it, and summarises the ranking for the approval form.
 */
@Component(QuarterlyAppraisal.Bean.RANK_ROUND)
public class RankRoundDelegate implements JavaDelegate {

    private final CommandGateway commandGateway;
    private final Clock clock;

    public RankRoundDelegate(CommandGateway commandGateway, Clock clock) {
        this.commandGateway = commandGateway;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        RankingOutcome ranked = RoundProcess.send(commandGateway, new RankRoundCommand(RoundProcess.roundId(execution),
                RoundProcess.roundLeader(execution), clock.instant()), RankingOutcome.class);
        execution.setVariable(Var.RANKING_SUMMARY, summary(ranked.ranking()));
        execution.setVariable(Var.RANKING_CHECKED, null); // each ranking is checked afresh
    }

    /** Counts per grade, then the ranking best first, cut to fit a Camunda string. */
    static String summary(List<RankedProposal> ranking) {
        Map<Grade, Integer> counts = new EnumMap<>(Grade.class);
        ranking.forEach(result -> counts.merge(result.grade(), 1, Integer::sum));
        StringBuilder text = new StringBuilder();
        for (Grade grade : Grade.values()) {
            text.append(grade.zh()).append(' ').append(grade.name()).append(": ")
                    .append(counts.getOrDefault(grade, 0)).append('\n');
        }
        text.append('\n');
        int limit = QuarterlyAppraisal.BATCH_TEXT_MAX;
        for (int i = 0; i < ranking.size(); i++) {
            RankedProposal result = ranking.get(i);
            String line = result.rank() + ". " + result.proposalId() + " (" + result.unitId() + ") "
                    + result.finalScore().toPlainString() + " " + result.grade().zh() + " " + result.grade().name() + "\n";
            String more = "… +" + (ranking.size() - i) + "\n";
            if (text.length() + line.length() + more.length() > limit) {
                text.append(more);
                break;
            }
            text.append(line);
        }
        return text.toString().stripTrailing();
    }
}
