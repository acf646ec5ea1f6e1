package com.wuxiao.query.testing;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;

/** Logged-in users as Spring Security presents them: authorities are "ROLE_" + each Camunda group. */
public final class Logins {

    public static final Authentication LEADER = user("leader", "ROLE_UNION_LEADER");
    public static final Authentication WORKER = user("w1001", "ROLE_WORKER");

    private Logins() {
    }

    public static Authentication user(String userId, String... authorities) {
        return UsernamePasswordAuthenticationToken.authenticated(userId, null,
                AuthorityUtils.createAuthorityList(authorities));
    }
}
