package com.wuxiao.command.appraisal.api;

import com.wuxiao.command.identity.api.PanelRole;

/** A member of a round's panel as they were when named: their unit (conflict of interest) and panel role. */
public record PanelSeat(String userId, String unitId, PanelRole panelRole) {
}
