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
            throw RuleViolation.forbidden("unknown-user", "用户不存在", "unknown user");
        }
        return actor;
    }

    /**
     * The union office (工会办公室) acting, or {@code not-union-leader} with what only it may do,
     * e.g. "办理专利推进" / "handles patent promotion".
     */
    public static Actor unionLeader(String userId, UserDirectory users, String zhWhat, String enWhat) {
        Actor actor = known(userId, users);
        if (!actor.has(Role.UNION_LEADER)) {
            throw RuleViolation.forbidden("not-union-leader", "只有工会办公室可以" + zhWhat,
                    "only the union office " + enWhat);
        }
        return actor;
    }
}
