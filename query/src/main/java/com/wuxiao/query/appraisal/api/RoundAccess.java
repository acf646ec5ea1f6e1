package com.wuxiao.query.appraisal.api;

/**
 * How much of a round the asker may read.
 * <ul>
 *   <li>{@link #FULL}: union office, administrators and system callers: everything, individual scores
 *       and objectors included.</li>
 *   <li>{@link #PANEL}: reviewers: the round, its panel, ranking and objections, but neither individual
 *       scores nor who objected.</li>
 *   <li>{@link #PUBLIC}: any logged-in user: the ranking of a published round (publicity is public by
 *       definition), nothing before.</li>
 * </ul>
 */
public enum RoundAccess {
    FULL, PANEL, PUBLIC
}
