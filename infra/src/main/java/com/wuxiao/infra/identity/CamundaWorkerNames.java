package com.wuxiao.infra.identity;

import com.wuxiao.query.people.UnitNames;
import com.wuxiao.query.people.WorkerNames;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Workers' display names from Camunda's identity store, named as {@link CamundaUserDirectory} names them,
 * and units' names (their groups').
 */
@Component
class CamundaWorkerNames implements WorkerNames, UnitNames {

    /** Ids per query: keeps the SQL IN list well below what any database accepts. */
    private static final int BATCH = 500;

    private final IdentityService identityService;

    CamundaWorkerNames(IdentityService identityService) {
        this.identityService = identityService;
    }

    @Override
    public Map<String, String> namesOf(Collection<String> userIds) {
        List<String> ids = userIds.stream().filter(Objects::nonNull).filter(id -> !id.isBlank()).distinct().toList();
        Map<String, String> names = new HashMap<>();
        for (int from = 0; from < ids.size(); from += BATCH) {
            String[] batch = ids.subList(from, Math.min(ids.size(), from + BATCH)).toArray(String[]::new);
            for (User user : identityService.createUserQuery().userIdIn(batch).list()) {
                names.put(user.getId(), CamundaUserDirectory.displayName(user));
            }
        }
        return names;
    }

    @Override
    public Map<String, String> unitNamesOf(Collection<String> unitIds) {
        Map<String, String> names = new HashMap<>();
        unitIds.stream().filter(Objects::nonNull).distinct().forEach(id -> {
            Group unit = identityService.createGroupQuery().groupId(id).groupType(GroupTypes.UNIT).singleResult();
            if (unit != null) {
                names.put(id, unit.getName());
            }
        });
        return names;
    }

    @Override
    public List<String> membersOf(String unitId) {
        if (unitId == null || identityService.createGroupQuery().groupId(unitId).groupType(GroupTypes.UNIT).count() == 0) {
            return List.of();
        }
        return identityService.createUserQuery().memberOfGroup(unitId).orderByUserId().asc().list().stream()
                .map(User::getId).toList();
    }
}
