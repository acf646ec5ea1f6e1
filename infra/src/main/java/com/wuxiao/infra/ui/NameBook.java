package com.wuxiao.infra.ui;

import com.wuxiao.command.competition.api.Category;
import com.wuxiao.command.identity.api.Role;
import com.wuxiao.infra.identity.GroupTypes;
import com.wuxiao.query.leaderboard.api.FindYearCategoriesQuery;
import com.wuxiao.query.leaderboard.api.YearCategories;
import com.wuxiao.query.people.WorkerNames;
import com.wuxiao.query.web.Queries;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Where pages get {@link Names}: people from the identity store, units, and a year's categories. */
@Component
public class NameBook {

    private final WorkerNames workerNames;
    private final IdentityService identityService;
    private final QueryGateway queries;

    NameBook(WorkerNames workerNames, IdentityService identityService, QueryGateway queries) {
        this.workerNames = workerNames;
        this.identityService = identityService;
        this.queries = queries;
    }

    public Names names(Collection<String> userIds, Collection<Integer> years) {
        Map<String, String> categories = years.stream().distinct().sorted()
                .flatMap(year -> categories(year).stream())
                .collect(Collectors.toMap(Category::code, Category::name, (earlier, later) -> later));
        return new Names(workerNames.namesOf(userIds), units(), categories);
    }

    public List<Category> categories(int year) {
        return Queries.ask(queries, new FindYearCategoriesQuery(year), ResponseTypes.instanceOf(YearCategories.class))
                .categories();
    }

    /** Every unit by id; an organisation has hundreds at most. */
    public Map<String, String> units() {
        return identityService.createGroupQuery().groupType(GroupTypes.UNIT).list().stream()
                .collect(Collectors.toMap(Group::getId, group -> group.getName() == null ? group.getId() : group.getName()));
    }

    /** Everyone who holds the role, by id in id order, with their names (production owners are a few dozen). */
    public Map<String, String> holdersOf(Role role) {
        List<String> ids = identityService.createUserQuery().memberOfGroup(role.name()).orderByUserId().asc().list()
                .stream().map(User::getId).toList();
        Map<String, String> names = workerNames.namesOf(ids);
        Map<String, String> holders = new LinkedHashMap<>();
        ids.forEach(id -> holders.put(id, names.getOrDefault(id, id)));
        return holders;
    }
}
