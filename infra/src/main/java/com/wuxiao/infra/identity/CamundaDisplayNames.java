package com.wuxiao.infra.identity;

import com.wuxiao.command.competition.CompetitionYears;
import com.wuxiao.command.competition.api.Category;
import com.wuxiao.command.identity.api.Actor;
import com.wuxiao.command.identity.api.Role;
import com.wuxiao.processes.proposal.DisplayNames;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Names for the task forms: people as {@link CamundaWorkerNames} names them, units by their group's
 * name, categories by the year's latest configuration.
 */
@Component
class CamundaDisplayNames implements DisplayNames {

    private final CamundaWorkerNames workerNames;
    private final IdentityService identityService;
    private final CompetitionYears years;
    private final CamundaUserDirectory directory;

    CamundaDisplayNames(CamundaWorkerNames workerNames, IdentityService identityService, CompetitionYears years,
                        CamundaUserDirectory directory) {
        this.workerNames = workerNames;
        this.identityService = identityService;
        this.years = years;
        this.directory = directory;
    }

    @Override
    public Map<String, String> people(Collection<String> userIds) {
        return workerNames.namesOf(userIds);
    }

    @Override
    public Optional<String> unit(String unitId) {
        if (unitId == null || unitId.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(identityService.createGroupQuery().groupId(unitId).groupType(GroupTypes.UNIT)
                .singleResult()).map(Group::getName);
    }

    @Override
    public List<Actor> reviewers() {
        return identityService.createUserQuery().memberOfGroup(Role.REVIEWER.name()).orderByUserId().asc().list().stream()
                .map(user -> directory.find(user.getId())).flatMap(Optional::stream).toList();
    }

    /** As the year's latest configuration names it (the rules' own reading, kept while the year is unchanged). */
    @Override
    public Optional<String> category(int year, String categoryCode) {
        if (categoryCode == null) {
            return Optional.empty();
        }
        return years.find(year).flatMap(config -> config.categories().stream()
                .filter(category -> categoryCode.equals(category.code())).map(Category::name).findFirst());
    }
}
