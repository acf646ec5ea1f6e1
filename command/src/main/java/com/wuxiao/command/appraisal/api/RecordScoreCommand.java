package com.wuxiao.command.appraisal.api;

import com.wuxiao.command.common.api.ProcessCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * An assigned scorer scores a proposal on the three criteria, each 0–100.
 *
 * @param comment          optional
 * @param processCommandId deterministic id when sent by a process (else null); a repeat is ignored
 */
public record RecordScoreCommand(@TargetAggregateIdentifier String roundId,
                                 String proposalId,
                                 String scorerId,
                                 Integer feasibility,
                                 Integer benefit,
                                 Integer promotability,
                                 String comment,
                                 String processCommandId,
                                 Instant scoredAt) implements ProcessCommand {

    /** The process routes a re-review by the answer, a repeat's included (the first answer again). */
    @Override
    public boolean answersRepeats() {
        return true;
    }
}
