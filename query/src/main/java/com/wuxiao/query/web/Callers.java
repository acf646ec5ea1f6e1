package com.wuxiao.query.web;

import com.wuxiao.command.common.api.Login;
import com.wuxiao.command.common.api.RuleViolation;
import com.wuxiao.command.identity.api.Role;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

import java.util.Objects;

/**
 * Who is asking, for the query controllers. Spring Security's authorities are {@code "ROLE_"} +
 * each Camunda group id of the user (see infra's security package).
 */
public final class Callers {

    public static final String ROLE_PREFIX = "ROLE_";

    private Callers() {
    }

    /** @throws RuleViolation 403 {@code login-required} for an anonymous caller */
    public static void requireLogin(Authentication authentication) {
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken
            || !authentication.isAuthenticated()) {
            throw Login.required();
        }
    }

    /** Logged in and in one of the roles. */
    public static boolean hasAny(Authentication authentication, Role... roles) {
        requireLogin(authentication);
        return authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(Objects::nonNull)
                .anyMatch(authority -> {
                    for (Role role : roles) {
                        if (authority.equals(ROLE_PREFIX + role.name())) {
                            return true;
                        }
                    }
                    return false;
                });
    }

    /** The union office and administrators, who read everything. */
    public static boolean isUnionOffice(Authentication authentication) {
        return hasAny(authentication, Role.UNION_LEADER, Role.ADMIN);
    }

    /** @throws RuleViolation 403 {@code not-union-leader}, naming what only the office may do ({@code action.*}) */
    public static void requireUnionOffice(Authentication authentication, RuleViolation.Term what) {
        if (!isUnionOffice(authentication)) {
            throw RuleViolation.forbidden("not-union-leader", what);
        }
    }
}
