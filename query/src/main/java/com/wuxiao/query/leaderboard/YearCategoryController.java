package com.wuxiao.query.leaderboard;

import com.wuxiao.query.leaderboard.api.FindYearCategoriesQuery;
import com.wuxiao.query.leaderboard.api.YearCategories;
import com.wuxiao.query.web.Queries;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The year's category names, for every logged-in user (the declaration form offers them). */
@RestController
@Tag(name = "Leaderboards")
public class YearCategoryController {

    private final QueryGateway queries;

    public YearCategoryController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping("/api/competition-years/{year}/categories")
    @Operation(summary = "年度类别 / the year's categories, by code")
    public YearCategories categories(@PathVariable int year) {
        return Queries.ask(queries, new FindYearCategoriesQuery(year), ResponseTypes.instanceOf(YearCategories.class));
    }
}
