package com.wuxiao.command.fund.api;

import com.wuxiao.command.common.api.ProcessCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** The fund-claim process's reminder: the decision has waited too long. Ignored once decided or reminded. */
public record RecordFundClaimOverdueCommand(@TargetAggregateIdentifier String fundId,
                                            String claimId,
                                            String processCommandId,
                                            Instant recordedAt) implements ProcessCommand {
}
