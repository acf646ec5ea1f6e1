-- Read model of proposals, written only by the "proposal-projection" processing group
-- (com.wuxiao.query.proposal.ProposalProjection) and emptied by its reset handler for a replay.
-- Text columns are unbounded on purpose: a length limit here would make a valid event unprojectable.

CREATE TABLE proposal_view (
    id                        TEXT          NOT NULL,
    title                     TEXT          NOT NULL,
    type                      TEXT          NOT NULL,   -- ProposalType name
    category_code             TEXT          NOT NULL,
    unit_id                   TEXT          NOT NULL,
    submitter_id              TEXT          NOT NULL,
    mentor_id                 TEXT,
    competition_year          INTEGER       NOT NULL,
    declaration_month         INTEGER       NOT NULL,
    status                    TEXT          NOT NULL,   -- ProposalStatus name
    revision                  INTEGER       NOT NULL,
    -- revision whose screening went to the union office; "escalated" means = revision
    escalated_revision        INTEGER,
    problem                   TEXT,
    solution                  TEXT,
    expected_economic_benefit NUMERIC(14, 2),
    expected_safety_benefit   TEXT,
    material_cost             NUMERIC(14, 2),
    submitted_at              TIMESTAMPTZ   NOT NULL,   -- first submission; fixes the declaration month
    updated_at                TIMESTAMPTZ   NOT NULL,
    -- aggregate sequence number of the last event applied: a redelivered or older event is ignored
    last_event_seq            BIGINT        NOT NULL,
    CONSTRAINT proposal_view_pkey PRIMARY KEY (id)
);

-- List filters; every list is sorted newest first.
CREATE INDEX proposal_view_submitted_idx ON proposal_view (submitted_at DESC, id DESC);
CREATE INDEX proposal_view_unit_idx ON proposal_view (unit_id, submitted_at DESC);
CREATE INDEX proposal_view_period_idx ON proposal_view (competition_year, declaration_month, submitted_at DESC);
CREATE INDEX proposal_view_status_idx ON proposal_view (status, submitted_at DESC);
CREATE INDEX proposal_view_type_idx ON proposal_view (type, submitted_at DESC);
CREATE INDEX proposal_view_category_idx ON proposal_view (category_code, submitted_at DESC);

CREATE TABLE proposal_author_view (
    proposal_id TEXT    NOT NULL REFERENCES proposal_view (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,   -- 0 = first-listed author (gets split remainders)
    worker_id   TEXT    NOT NULL,
    share       INTEGER NOT NULL,   -- whole percent
    CONSTRAINT proposal_author_view_pkey PRIMARY KEY (proposal_id, position)
);

-- "My proposals" and the authorId filter.
CREATE INDEX proposal_author_view_worker_idx ON proposal_author_view (worker_id, proposal_id);

CREATE TABLE proposal_history_view (
    proposal_id TEXT        NOT NULL REFERENCES proposal_view (id) ON DELETE CASCADE,
    seq         BIGINT      NOT NULL,   -- aggregate sequence number of the event
    action      TEXT        NOT NULL,   -- ProposalHistoryAction name
    status      TEXT        NOT NULL,   -- status after the event
    actor_id    TEXT,
    revision    INTEGER     NOT NULL,
    comment     TEXT,
    reason      TEXT,                   -- RejectionReason or WithdrawalReason name
    occurred_at TIMESTAMPTZ NOT NULL,
    event_id    TEXT        NOT NULL,
    CONSTRAINT proposal_history_view_pkey PRIMARY KEY (proposal_id, seq),
    CONSTRAINT proposal_history_view_event_uk UNIQUE (event_id)
);
