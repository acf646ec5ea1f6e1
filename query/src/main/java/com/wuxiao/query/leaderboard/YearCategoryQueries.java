package com.wuxiao.query.leaderboard;

import com.wuxiao.command.competition.api.Category;
import com.wuxiao.query.leaderboard.api.FindYearCategoriesQuery;
import com.wuxiao.query.leaderboard.api.YearCategories;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A year's category names for forms and boards, from the table the leaderboard keeps. A category
 * dropped by a later configuration keeps its older time stamp, so only those of the latest remain.
 */
@Component
class YearCategoryQueries {

    private final JdbcClient jdbc;

    YearCategoryQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    YearCategories handle(FindYearCategoriesQuery query) {
        return new YearCategories(query.year(), jdbc.sql("""
                        SELECT code, name FROM leaderboard_category
                        WHERE year = :year
                          AND configured_at = (SELECT max(configured_at) FROM leaderboard_category WHERE year = :year)
                        ORDER BY code""")
                .param("year", query.year())
                .query((rs, row) -> new Category(rs.getString("code"), rs.getString("name")))
                .list());
    }
}
