package com.wuxiao.infra.identity;

import com.wuxiao.command.identity.api.Role;
import com.wuxiao.processes.monthlyreview.UnitCoordinators;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

import java.util.Set;
import java.util.stream.Collectors;

/** A unit's coordinators are the members of its coordinator group, the candidate group of its screenings. */
@Component
class CamundaUnitCoordinators implements UnitCoordinators {

    private final IdentityService identityService;

    CamundaUnitCoordinators(IdentityService identityService) {
        this.identityService = identityService;
    }

    @Override
    public Set<String> of(String unitId) {
        if (unitId == null || unitId.isBlank()) {
            return Set.of();
        }
        return identityService.createUserQuery().memberOfGroup(Role.coordinatorGroupOf(unitId)).list().stream()
                .map(User::getId)
                .collect(Collectors.toUnmodifiableSet());
    }
}
