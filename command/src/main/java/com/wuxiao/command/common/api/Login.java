package com.wuxiao.command.common.api;

import java.security.Principal;

/** The one login check of the web endpoints of every module. */
public final class Login {

    private Login() {
    }

    /**
     * The caller's user id. Spring MVC passes no principal for an anonymous request, which gets a 403
     * {@code login-required} problem (security lets such a request through only where reading is public).
     */
    public static String userId(Principal principal) {
        if (principal == null || principal.getName() == null) {
            throw required();
        }
        return principal.getName();
    }

    public static RuleViolation required() {
        return RuleViolation.forbidden("login-required");
    }
}
