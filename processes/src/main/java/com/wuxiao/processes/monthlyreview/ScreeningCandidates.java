package com.wuxiao.processes.monthlyreview;

import com.wuxiao.command.identity.api.Role;
import com.wuxiao.command.proposal.api.Author;
import com.wuxiao.command.proposal.api.Tie;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * To whom a revision's screening is offered: no one screens what they author, co-author or mentor
 * (the Proposal aggregate refuses it; this route keeps the task away from them). With no coordinator
 * of the unit tied to it, the unit's coordinator group, so coordinators named later see it too; with
 * some tied, the others by name; with all of them tied, or none at all, the union office.
 *
 * @param groups candidate groups of the screening task
 * @param users  candidate users of the screening task
 */
record ScreeningCandidates(List<String> groups, List<String> users) {

    ScreeningCandidates {
        groups = List.copyOf(groups);
        users = List.copyOf(users);
    }

    static ScreeningCandidates of(String unitId, Set<String> coordinators, Collection<Author> authors,
                                  String mentorId) {
        List<Author> revision = List.copyOf(authors);
        List<String> free = coordinators.stream().filter(id -> Tie.of(revision, mentorId, id).isEmpty())
                .sorted().toList();
        if (free.isEmpty()) {
            return new ScreeningCandidates(List.of(Role.UNION_LEADER.name()), List.of());
        }
        if (free.size() == coordinators.size()) {
            return new ScreeningCandidates(List.of(Role.coordinatorGroupOf(unitId)), List.of());
        }
        return new ScreeningCandidates(List.of(), free);
    }

    /** As process variables: comma-separated strings (Camunda has no list type without serialisation). */
    Map<String, Object> variables() {
        Map<String, Object> variables = new HashMap<>();
        variables.put(MonthlyReview.Var.CANDIDATE_GROUPS, String.join(",", groups));
        variables.put(MonthlyReview.Var.CANDIDATE_USERS, String.join(",", users));
        return variables;
    }

    static ScreeningCandidates fromVariables(Object groups, Object users) {
        return new ScreeningCandidates(split(groups), split(users));
    }

    private static List<String> split(Object value) {
        if (value == null) {
            return List.of();
        }
        return Arrays.stream(value.toString().split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
