package com.wuxiao.query.appraisal.api;

import com.wuxiao.command.identity.api.PanelRole;

/** A member of a round's panel as named: their unit and panel role. */
public record PanelMember(String userId, String unitId, PanelRole panelRole) {
}
