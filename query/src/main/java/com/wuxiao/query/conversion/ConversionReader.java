package com.wuxiao.query.conversion;

import com.wuxiao.command.common.api.RuleViolation;
import com.wuxiao.command.identity.api.PanelRole;
import com.wuxiao.command.identity.api.Role;
import com.wuxiao.query.conversion.api.ConversionScope;
import com.wuxiao.query.web.Callers;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

import java.util.Collection;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who may read conversions, from Spring Security's authorities ({@code "ROLE_"} + each Camunda
 * group id of the user): the union office and administrators everything; a production owner the
 * conversions they own and those received by their unit; nobody else anything.
 * <p>
 * A user's unit is a Camunda group too, so it arrives as an authority like the roles; every group
 * that is not a role, a panel role, a coordinator group or Camunda's admin group is taken as a unit.
 * (A group that is no unit matches no receiving unit, so it widens nothing.)
 */
final class ConversionReader {

    private static final String COORDINATOR_PREFIX = Role.coordinatorGroupOf("");
    private static final Set<String> NOT_UNITS = notUnits();

    private ConversionReader() {
    }

    static ConversionScope scopeOf(Authentication authentication) {
        Callers.requireLogin(authentication);
        return scopeOf(authentication.getName(), authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(Objects::nonNull)
                .toList());
    }

    static ConversionScope scopeOf(String userId, Collection<String> authorities) {
        if (authorities.contains(Callers.ROLE_PREFIX + Role.UNION_LEADER.name())
            || authorities.contains(Callers.ROLE_PREFIX + Role.ADMIN.name())) {
            return ConversionScope.everything();
        }
        if (!authorities.contains(Callers.ROLE_PREFIX + Role.PRODUCTION_OWNER.name())) {
            throw RuleViolation.forbidden("not-conversion-reader");
        }
        Set<String> units = new TreeSet<>();
        for (String authority : authorities) {
            if (authority.startsWith(Callers.ROLE_PREFIX)) {
                String group = authority.substring(Callers.ROLE_PREFIX.length());
                if (!group.isEmpty() && !NOT_UNITS.contains(group) && !group.startsWith(COORDINATOR_PREFIX)) {
                    units.add(group);
                }
            }
        }
        return ConversionScope.of(userId, units);
    }

    private static Set<String> notUnits() {
        Set<String> groups = new HashSet<>(Set.of("camunda-admin"));
        for (Role role : Role.values()) {
            groups.add(role.name());
        }
        for (PanelRole role : PanelRole.values()) {
            groups.add(role.name());
        }
        return Set.copyOf(groups);
    }
}
