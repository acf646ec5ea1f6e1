package com.wuxiao.command.appraisal;

import com.wuxiao.command.appraisal.api.AppraisalLimits;
import com.wuxiao.command.appraisal.api.Assignment;
import com.wuxiao.command.appraisal.api.PanelSeat;
import com.wuxiao.command.appraisal.api.PoolEntry;
import com.wuxiao.command.common.api.RuleViolation;
import com.wuxiao.command.identity.api.PanelRole;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Picks the scorers of every proposal of a round, deterministically (no randomness in the
 * aggregate, and a replay must give the same tasks).
 *
 * <p>Proposals are taken in pool order. For each, the eligible members are the panel members
 * without a {@link ConflictOfInterest conflict of interest}; fewer than 3 refuses the whole
 * assignment. Then min(scorersPerProposal, eligible) members are picked one by one: while a
 * panel role is not yet covered and an eligible member has it, only such members are candidates
 * (so the three roles are covered where the eligible set allows); among the candidates, the one
 * with the fewest assignments so far in this round, then the smallest user id.
 */
final class ScorerAssignment {

    private ScorerAssignment() {
    }

    static List<Assignment> assign(Collection<PoolEntry> pool, List<PanelSeat> panel, int scorersPerProposal) {
        Map<String, Integer> load = new HashMap<>();
        panel.forEach(seat -> load.put(seat.userId(), 0));
        Comparator<PanelSeat> fewestThenId = Comparator.<PanelSeat>comparingInt(seat -> load.get(seat.userId()))
                .thenComparing(PanelSeat::userId);

        List<Assignment> assignments = new ArrayList<>(pool.size());
        for (PoolEntry proposal : pool) {
            List<PanelSeat> eligible = panel.stream()
                    .filter(seat -> ConflictOfInterest.of(proposal, seat.userId(), seat.unitId()).isEmpty())
                    .toList();
            if (eligible.size() < AppraisalLimits.MIN_SCORERS) {
                throw notEnoughScorers(proposal.proposalId(), eligible.size());
            }
            List<PanelSeat> chosen = new ArrayList<>();
            Set<PanelRole> covered = EnumSet.noneOf(PanelRole.class);
            int wanted = Math.min(scorersPerProposal, eligible.size());
            while (chosen.size() < wanted) {
                List<PanelSeat> left = eligible.stream().filter(seat -> !chosen.contains(seat)).toList();
                List<PanelSeat> newRole = left.stream().filter(seat -> !covered.contains(seat.panelRole())).toList();
                PanelSeat next = (newRole.isEmpty() ? left : newRole).stream().min(fewestThenId).orElseThrow();
                chosen.add(next);
                covered.add(next.panelRole());
                load.merge(next.userId(), 1, Integer::sum);
            }
            assignments.add(new Assignment(proposal.proposalId(), chosen.stream().map(PanelSeat::userId).toList()));
        }
        return List.copyOf(assignments);
    }

    private static RuleViolation notEnoughScorers(String proposalId, int eligible) {
        return RuleViolation.conflict("not-enough-scorers", proposalId, eligible, AppraisalLimits.MIN_SCORERS);
    }
}
