package com.wuxiao.command.whatif.api;

import java.util.List;

/**
 * A replay of finalised rounds under other rules, side by side with what was decided. Nothing of it
 * is stored: it is computed from the rounds' events each time.
 *
 * @param decidedRules the rules the (first) round was decided by
 * @param proposals    by round, then by the decided rank
 * @param people       every author with money or points under either rules, by worker id
 * @param units        by unit id
 * @param decided      the year's lists as drafted from the standings now; null for a single round
 * @param alternative  the same lists with the replayed rounds' results; null for a single round
 */
public record WhatIfResult(List<String> roundIds,
                           WhatIfRules decidedRules,
                           WhatIfRules rules,
                           List<ProposalOutcome> proposals,
                           List<PersonDelta> people,
                           List<UnitDelta> units,
                           Commended decided,
                           Commended alternative) {

    public WhatIfResult {
        roundIds = List.copyOf(roundIds);
        proposals = List.copyOf(proposals);
        people = List.copyOf(people);
        units = List.copyOf(units);
    }

    public long gradesChanged() {
        return proposals.stream().filter(ProposalOutcome::gradeChanged).count();
    }
}
