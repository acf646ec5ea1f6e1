package com.wuxiao.command.proposal;

import com.wuxiao.command.common.api.RuleViolation;
import com.wuxiao.command.identity.Roles;
import com.wuxiao.command.identity.UserDirectory;
import com.wuxiao.command.identity.api.Actor;
import com.wuxiao.command.identity.api.Role;
import com.wuxiao.command.proposal.api.Author;
import com.wuxiao.command.proposal.api.ProposalStatus;
import com.wuxiao.command.proposal.api.Tie;

import java.util.List;
import java.util.Optional;

import static com.wuxiao.command.common.api.RuleViolation.both;

/**
 * Who may screen a {@link Proposal}'s current revision, and whether it awaits screening at all:
 * the aggregate's state as at the screening command, apart from the command's own fields
 * ({@link ProposalInput}).
 *
 * @param escalated whether the screening of this revision was escalated to the union office
 */
record ScreeningRules(String unitId, ProposalStatus status, List<Author> authors, String mentorId,
                      boolean escalated) {

    void requireAwaitingScreening() {
        if (status == ProposalStatus.WITHDRAWN) {
            throw RuleViolation.conflict("withdrawn");
        }
        if (status != ProposalStatus.SUBMITTED) {
            throw RuleViolation.conflict("already-screened", both(status.zh(), String.valueOf(status)));
        }
    }

    /**
     * The unit's coordinators screen; the union office after escalation of this revision, or at once
     * when every coordinator of the unit is tied to the proposal. Nobody screens a revision they
     * author, co-author or mentor (product.md's conflict of interest, as at appraisal).
     */
    void requireMayScreen(String screenerId, UserDirectory users) {
        Actor screener = Roles.known(screenerId, users);
        if (!(screener.has(Role.UNION_LEADER) && unionOfficeMayScreen(users))) {
            requireCoordinatorOfUnit(screener);
        }
        Optional<Tie> tie = tieTo(screener.userId());
        if (tie.isPresent()) {
            throw RuleViolation.forbidden("screener-conflict", both(tie.get().zh, tie.get().en));
        }
    }

    private boolean unionOfficeMayScreen(UserDirectory users) {
        return escalated
                || users.coordinatorsOf(unitId).stream().allMatch(coordinator -> tieTo(coordinator).isPresent());
    }

    private void requireCoordinatorOfUnit(Actor screener) {
        if (!screener.has(Role.UNIT_COORDINATOR)) {
            throw RuleViolation.forbidden("not-coordinator");
        }
        if (!unitId.equals(screener.unitId())) {
            throw RuleViolation.forbidden("other-unit");
        }
    }

    /** How a person is tied to the current revision, if at all. */
    private Optional<Tie> tieTo(String userId) {
        return Tie.of(authors, mentorId, userId);
    }
}
