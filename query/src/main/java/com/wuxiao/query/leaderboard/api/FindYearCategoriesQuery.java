package com.wuxiao.query.leaderboard.api;

/** The categories of a competition year as its latest configuration names them. */
public record FindYearCategoriesQuery(int year) {
}
