package com.wuxiao.command.appraisal;

import com.wuxiao.command.appraisal.api.PoolEntry;
import com.wuxiao.command.proposal.api.Tie;

import java.util.Optional;

/**
 * Product.md §3: no one scores a proposal that they author or co-author, mentor, or that comes from
 * their own unit. Used both when scorers are assigned and, defensively, when a score arrives.
 */
final class ConflictOfInterest {

    /** How a person is tied to a proposal: as {@link Tie} says, or by their unit. */
    enum Relation {
        AUTHOR(Tie.FIRST_AUTHOR.zh, Tie.FIRST_AUTHOR.en),
        CO_AUTHOR(Tie.CO_AUTHOR.zh, Tie.CO_AUTHOR.en),
        MENTOR(Tie.MENTOR.zh, Tie.MENTOR.en),
        SAME_UNIT("同单位人员", "from the unit");

        final String zh;
        final String en;

        Relation(String zh, String en) {
            this.zh = zh;
            this.en = en;
        }

        static Relation of(Tie tie) {
            return switch (tie) {
                case FIRST_AUTHOR -> AUTHOR;
                case CO_AUTHOR -> CO_AUTHOR;
                case MENTOR -> MENTOR;
            };
        }
    }

    private ConflictOfInterest() {
    }

    /** The first relation that ties the person (of the given unit) to the proposal, if any. */
    static Optional<Relation> of(PoolEntry proposal, String userId, String unitId) {
        Optional<Relation> tie = Tie.of(proposal.authors(), proposal.mentorId(), userId).map(Relation::of);
        if (tie.isPresent()) {
            return tie;
        }
        return unitId != null && unitId.equals(proposal.unitId()) ? Optional.of(Relation.SAME_UNIT) : Optional.empty();
    }
}
