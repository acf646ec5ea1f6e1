package com.wuxiao.command.appraisal.api;

import com.wuxiao.command.common.api.ProcessCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * The union leader records the panel's agreed score set for a proposal in re-review; it replaces
 * all scores of that proposal.
 *
 * @param comment          optional
 * @param processCommandId deterministic id when sent by a process (else null); a repeat is ignored
 */
public record RecordConsensusScoreCommand(@TargetAggregateIdentifier String roundId,
                                          String proposalId,
                                          Integer feasibility,
                                          Integer benefit,
                                          Integer promotability,
                                          String recordedBy,
                                          String comment,
                                          String processCommandId,
                                          Instant recordedAt) implements ProcessCommand {
}
