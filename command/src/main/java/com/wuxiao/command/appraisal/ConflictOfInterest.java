package com.wuxiao.command.appraisal;

import com.wuxiao.command.appraisal.api.PoolEntry;
import com.wuxiao.command.proposal.api.Author;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Product.md §3: no one scores a proposal that they author or co-author, mentor, or that comes from
 * their own unit. Used both when scorers are assigned and, defensively, when a score arrives.
 */
final class ConflictOfInterest {

    /** How a person is tied to a proposal. */
    enum Relation {
        AUTHOR("第一作者", "its first author"),
        CO_AUTHOR("合作者", "a co-author"),
        MENTOR("指导人（师傅）", "its mentor"),
        SAME_UNIT("同单位人员", "from its unit");

        final String zh;
        final String en;

        Relation(String zh, String en) {
            this.zh = zh;
            this.en = en;
        }
    }

    private ConflictOfInterest() {
    }

    /** The first relation that ties the person (of the given unit) to the proposal, if any. */
    static Optional<Relation> of(PoolEntry proposal, String userId, String unitId) {
        List<Author> authors = proposal.authors();
        for (int i = 0; i < authors.size(); i++) {
            if (authors.get(i).workerId().equals(userId)) {
                return Optional.of(i == 0 ? Relation.AUTHOR : Relation.CO_AUTHOR);
            }
        }
        if (Objects.equals(proposal.mentorId(), userId)) {
            return Optional.of(Relation.MENTOR);
        }
        if (unitId != null && unitId.equals(proposal.unitId())) {
            return Optional.of(Relation.SAME_UNIT);
        }
        return Optional.empty();
    }
}
