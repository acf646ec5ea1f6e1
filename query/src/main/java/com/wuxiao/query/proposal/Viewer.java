package com.wuxiao.query.proposal;

import com.wuxiao.command.identity.api.Role;
import com.wuxiao.query.proposal.api.ProposalScope;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who reads proposals, as far as the read rules care. Built from Spring Security's authorities,
 * which are {@code "ROLE_"} + each Camunda group id of the user.
 *
 * @param seesAll          union office, reviewers and administrators read every proposal
 * @param coordinatedUnits units whose coordinator group the user belongs to: the units whose
 *                         proposals they screen, so they read all of them
 * @param readsResults     production owners read every awarded result: those handed over to them
 *                         and those they may take up
 */
record Viewer(String userId, boolean seesAll, Set<String> coordinatedUnits, boolean readsResults) {

    static final String ROLE_PREFIX = "ROLE_";
    /** Reviewers score proposals of every unit in the quarterly appraisal, so they read them all. */
    static final Set<Role> SEES_ALL = Set.of(Role.UNION_LEADER, Role.REVIEWER, Role.ADMIN);
    private static final String COORDINATOR_PREFIX = ROLE_PREFIX + Role.coordinatorGroupOf("");

    Viewer {
        Objects.requireNonNull(userId, "userId");
        coordinatedUnits = Set.copyOf(coordinatedUnits);
    }

    static Viewer of(Authentication authentication) {
        return of(authentication.getName(), authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(Objects::nonNull)
                .toList());
    }

    static Viewer of(String userId, Collection<String> authorities) {
        boolean seesAll = SEES_ALL.stream().anyMatch(role -> authorities.contains(ROLE_PREFIX + role.name()));
        Set<String> units = new TreeSet<>();
        for (String authority : authorities) {
            if (authority.startsWith(COORDINATOR_PREFIX) && authority.length() > COORDINATOR_PREFIX.length()) {
                units.add(authority.substring(COORDINATOR_PREFIX.length()));
            }
        }
        return new Viewer(userId, seesAll, units, authorities.contains(ROLE_PREFIX + Role.PRODUCTION_OWNER.name()));
    }

    ProposalScope scope() {
        if (seesAll) {
            return ProposalScope.everything();
        }
        ProposalScope scope = ProposalScope.of(userId, coordinatedUnits);
        return readsResults ? scope.withAwardedResults() : scope;
    }
}
