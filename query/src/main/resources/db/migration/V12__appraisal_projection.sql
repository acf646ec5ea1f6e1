-- Read model of quarterly appraisal rounds, written only by the "appraisal-projection" processing
-- group (com.wuxiao.query.appraisal.AppraisalProjection) and emptied by its reset handler for a replay.
-- Every round event comes from the round's aggregate: the round row remembers the sequence number of
-- the last event applied, and a handler changes anything only when it advances that number, in the
-- same transaction. A redelivered event therefore changes nothing.

CREATE TABLE appraisal_round_view (
    round_id             TEXT          NOT NULL,   -- "2026-Q4"
    year                 INTEGER       NOT NULL,
    quarter              INTEGER       NOT NULL,
    phase                TEXT          NOT NULL,   -- AppraisalProjection.Phase name
    weight_feasibility   INTEGER       NOT NULL,
    weight_benefit       INTEGER       NOT NULL,
    weight_promotability INTEGER       NOT NULL,
    scorers_per_proposal INTEGER,
    opened_by            TEXT          NOT NULL,
    opened_at            TIMESTAMPTZ   NOT NULL,
    panel_named_at       TIMESTAMPTZ,
    assigned_at          TIMESTAMPTZ,
    ranked_by            TEXT,
    ranked_at            TIMESTAMPTZ,
    approved_by          TEXT,
    approved_at          TIMESTAMPTZ,
    publicity_starts_at  TIMESTAMPTZ,
    publicity_ends_at    TIMESTAMPTZ,
    finalised_by         TEXT,
    finalised_at         TIMESTAMPTZ,
    updated_at           TIMESTAMPTZ   NOT NULL,
    last_event_seq       BIGINT        NOT NULL,
    CONSTRAINT appraisal_round_view_pkey PRIMARY KEY (round_id)
);

CREATE INDEX appraisal_round_view_period_idx ON appraisal_round_view (year DESC, quarter DESC);

-- One proposal of a round's pool with its re-review state, consensus score and place in the ranking.
CREATE TABLE appraisal_proposal_view (
    round_id               TEXT          NOT NULL REFERENCES appraisal_round_view (round_id) ON DELETE CASCADE,
    proposal_id            TEXT          NOT NULL,
    position               INTEGER       NOT NULL,   -- pool order
    unit_id                TEXT          NOT NULL,
    mentor_id              TEXT,
    in_re_review           BOOLEAN       NOT NULL DEFAULT FALSE,
    re_review_reason       TEXT,                     -- ReReviewReason name of the latest re-review
    re_review_spread       NUMERIC(7, 2),
    re_review_objection_id TEXT,
    consensus_feasibility  INTEGER,
    consensus_benefit      INTEGER,
    consensus_promotability INTEGER,
    consensus_score        NUMERIC(7, 2),            -- weighted; replaces the scorers' scores
    consensus_by           TEXT,
    consensus_comment      TEXT,
    consensus_at           TIMESTAMPTZ,
    final_score            NUMERIC(7, 2),            -- of the current ranking; null when unranked
    rank                   INTEGER,
    grade                  TEXT,                     -- Grade name
    final_grade            TEXT,                     -- Grade name once the round is finalised
    CONSTRAINT appraisal_proposal_view_pkey PRIMARY KEY (round_id, proposal_id)
);

CREATE TABLE appraisal_author_view (
    round_id    TEXT    NOT NULL,
    proposal_id TEXT    NOT NULL,
    position    INTEGER NOT NULL,
    worker_id   TEXT    NOT NULL,
    share       INTEGER NOT NULL,
    CONSTRAINT appraisal_author_view_pkey PRIMARY KEY (round_id, proposal_id, position),
    CONSTRAINT appraisal_author_view_proposal_fk FOREIGN KEY (round_id, proposal_id)
        REFERENCES appraisal_proposal_view (round_id, proposal_id) ON DELETE CASCADE
);

CREATE TABLE appraisal_panel_view (
    round_id   TEXT    NOT NULL REFERENCES appraisal_round_view (round_id) ON DELETE CASCADE,
    user_id    TEXT    NOT NULL,
    position   INTEGER NOT NULL,
    unit_id    TEXT,
    panel_role TEXT,                                  -- PanelRole name
    CONSTRAINT appraisal_panel_view_pkey PRIMARY KEY (round_id, user_id)
);

-- One scoring task (proposal, scorer) and, once done, its score.
CREATE TABLE appraisal_score_view (
    round_id       TEXT          NOT NULL,
    proposal_id    TEXT          NOT NULL,
    scorer_id      TEXT          NOT NULL,
    position       INTEGER       NOT NULL,            -- order the scorer was picked in
    feasibility    INTEGER,
    benefit        INTEGER,
    promotability  INTEGER,
    weighted_score NUMERIC(7, 2),
    comment        TEXT,
    scored_at      TIMESTAMPTZ,                       -- null = not scored yet
    CONSTRAINT appraisal_score_view_pkey PRIMARY KEY (round_id, proposal_id, scorer_id),
    CONSTRAINT appraisal_score_view_proposal_fk FOREIGN KEY (round_id, proposal_id)
        REFERENCES appraisal_proposal_view (round_id, proposal_id) ON DELETE CASCADE
);

-- Progress per scorer.
CREATE INDEX appraisal_score_view_scorer_idx ON appraisal_score_view (round_id, scorer_id);

CREATE TABLE appraisal_objection_view (
    round_id     TEXT        NOT NULL REFERENCES appraisal_round_view (round_id) ON DELETE CASCADE,
    objection_id TEXT        NOT NULL,
    proposal_id  TEXT        NOT NULL,
    objector_id  TEXT        NOT NULL,
    reason       TEXT        NOT NULL,
    raised_at    TIMESTAMPTZ NOT NULL,
    decision     TEXT,                                -- ObjectionDecision name; null = undecided
    decided_by   TEXT,
    note         TEXT,
    decided_at   TIMESTAMPTZ,
    CONSTRAINT appraisal_objection_view_pkey PRIMARY KEY (round_id, objection_id)
);
