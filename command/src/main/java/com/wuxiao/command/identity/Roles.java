package com.wuxiao.command.identity;

import com.wuxiao.command.common.api.RuleViolation;
import com.wuxiao.command.identity.api.Actor;
import com.wuxiao.command.identity.api.Role;

/** The one role check of the aggregates: who acts must be known and hold the role. */
public final class Roles {

    private Roles() {
    }

    /** The known user, or {@code unknown-user}. */
    public static Actor known(String userId, UserDirectory users) {
        Actor actor = userId == null ? null : users.find(userId).orElse(null);
        if (actor == null) {
            throw RuleViolation.forbidden("unknown-user");
        }
        return actor;
    }

    /**
     * The union office (工会办公室) acting, or {@code not-union-leader} with what only it may do,
     * a catalogue term such as {@code action.promote-patents}.
     */
    public static Actor unionLeader(String userId, UserDirectory users, RuleViolation.Term what) {
        Actor actor = known(userId, users);
        if (!actor.has(Role.UNION_LEADER)) {
            throw RuleViolation.forbidden("not-union-leader", what);
        }
        return actor;
    }
}
