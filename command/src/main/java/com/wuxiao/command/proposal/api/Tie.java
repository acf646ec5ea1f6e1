package com.wuxiao.command.proposal.api;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How a person is tied to a proposal's revision, which bars them from judging it (product.md §2–3):
 * screening and scoring both ask this, and the screening route offers the task to no one tied.
 */
public enum Tie {
    FIRST_AUTHOR("第一作者", "the first author"),
    CO_AUTHOR("合作者", "a co-author"),
    MENTOR("指导人（师傅）", "the mentor");

    public final String zh;
    public final String en;

    Tie(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    /** The tie of the person to a revision with these authors (first listed first) and mentor, if any. */
    public static Optional<Tie> of(List<Author> authors, String mentorId, String userId) {
        for (int i = 0; i < authors.size(); i++) {
            if (authors.get(i).workerId().equals(userId)) {
                return Optional.of(i == 0 ? FIRST_AUTHOR : CO_AUTHOR);
            }
        }
        return userId != null && Objects.equals(mentorId, userId) ? Optional.of(MENTOR) : Optional.empty();
    }
}
