package com.wuxiao.processes.engine;

import com.wuxiao.command.common.api.Login;
import com.wuxiao.command.common.api.RuleViolation;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Component;

import java.security.Principal;
import java.util.List;
import java.util.function.Supplier;

/**
 * Runs engine calls of an API request as the logged-in user with their groups, so Camunda's
 * authorization and the listeners that ask who acted see the same user as Tasklist would.
 */
@Component
public class EngineUser {

    private final IdentityService identityService;

    public EngineUser(IdentityService identityService) {
        this.identityService = identityService;
    }

    public <T> T call(Principal principal, Supplier<T> work) {
        Login.userId(principal);
        String userId = principal.getName();
        List<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId).toList();
        identityService.setAuthentication(userId, groups);
        try {
            return work.get();
        } finally {
            identityService.clearAuthentication();
        }
    }
}
