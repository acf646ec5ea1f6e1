package com.wuxiao.infra.ui.login;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where a user lands after logging in, by role, until each role has its own pages (issue 10):
 * the administrator in Cockpit, everyone else in Tasklist, where their tasks are.
 */
@Controller
class HomeController {

    static final String TASKLIST = "/camunda/app/tasklist/";
    static final String COCKPIT = "/camunda/app/cockpit/";

    @GetMapping("/")
    String home(Authentication authentication) {
        Set<String> authorities = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());
        return "redirect:" + (authorities.contains("ROLE_ADMIN") ? COCKPIT : TASKLIST);
    }
}
