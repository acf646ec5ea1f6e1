package com.wuxiao.query.leaderboard.api;

import com.wuxiao.command.competition.api.Category;

import java.util.List;

/** A year's categories in the order of their codes; empty if the year is not configured. */
public record YearCategories(int year, List<Category> categories) {

    public YearCategories {
        categories = List.copyOf(categories);
    }
}
