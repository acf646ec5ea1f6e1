package com.wuxiao.query.appraisal.api;

import com.wuxiao.command.identity.api.PanelRole;

/**
 * One panel member's scoring tasks of a round.
 *
 * @param progress "done/assigned", e.g. "2/4"
 */
public record ScorerProgress(String scorerId, PanelRole panelRole, int done, int assigned, String progress) {

    public static ScorerProgress of(String scorerId, PanelRole panelRole, int done, int assigned) {
        return new ScorerProgress(scorerId, panelRole, done, assigned, done + "/" + assigned);
    }
}
