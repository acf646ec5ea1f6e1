package com.wuxiao.query.inbox.api;

import java.util.List;

/**
 * What a notification tells, with the names of its message arguments in order: {@code {0}} is always
 * the proposal's title. The text is the message {@code inbox.kind.<KIND>} of the user's language.
 * A parameter whose {@link Param#codes() codes} prefix is set holds a code (a grade, a reason) that is
 * shown as the message {@code <prefix><code>}.
 */
public enum InboxKind {
    /** Returned at screening for revision, with the coordinator's comment. */
    RETURNED(Param.TITLE, Param.text("comment")),
    /** Accepted at screening (into the quarter's appraisal pool), with the screener's comment if any. */
    ACCEPTED(Param.TITLE, Param.text("comment")),
    /** Rejected at screening with a reason code and a comment. */
    REJECTED(Param.TITLE, Param.code("reason", "inbox.reason."), Param.text("comment")),
    /** Left unrevised past the revision window: withdrawn by the system. */
    EXPIRED(Param.TITLE),
    /** The round was finalised: grade (NONE too), final score and rank. */
    APPRAISED(Param.TITLE, Param.code("grade", "inbox.grade."), Param.text("finalScore"), Param.text("rank")),
    /** An author's part of an award: grade, reward in CNY, points and their contribution share in percent. */
    AWARDED(Param.TITLE, Param.code("grade", "inbox.grade."), Param.text("rewardCny"), Param.text("points"),
            Param.text("share")),
    /** To the authors: an objection to their proposal was upheld (it goes to re-review). */
    OBJECTION_UPHELD(Param.TITLE, Param.text("note")),
    /** To the authors: an objection to their proposal was denied. */
    OBJECTION_DENIED(Param.TITLE, Param.text("note")),
    /** To the objector: their objection was upheld. */
    MY_OBJECTION_UPHELD(Param.TITLE, Param.text("note")),
    /** To the objector: their objection was denied. */
    MY_OBJECTION_DENIED(Param.TITLE, Param.text("note")),
    PATENT_FILED(Param.TITLE, Param.code("patentType", "inbox.patentType."), Param.text("applicationNumber"),
            Param.text("filedOn")),
    PATENT_GRANTED(Param.TITLE, Param.code("patentType", "inbox.patentType."), Param.text("patentNumber"),
            Param.text("grantedOn")),
    /** First adopted in production, by the receiving unit. */
    ADOPTED(Param.TITLE, Param.text("receivingUnitId")),
    /** Adopted by a further unit. */
    REPLICATED(Param.TITLE, Param.text("receivingUnitId"));

    /** One message argument: its name in {@code params}, and the message prefix of its codes (or null). */
    public record Param(String name, String codes) {

        static final Param TITLE = text("title");

        static Param text(String name) {
            return new Param(name, null);
        }

        static Param code(String name, String prefix) {
            return new Param(name, prefix);
        }
    }

    private final List<Param> params;

    InboxKind(Param... params) {
        this.params = List.of(params);
    }

    public List<Param> params() {
        return params;
    }

    public String messageKey() {
        return "inbox.kind." + name();
    }
}
