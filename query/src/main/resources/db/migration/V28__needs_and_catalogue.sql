-- Production needs and the results catalogue (product.md §8).

-- The need a declaration answers (ProposalSubmittedEvent.needId), written by "proposal-projection";
-- null for the proposals that answer none, which are all those declared before needs existed.
ALTER TABLE proposal_view ADD COLUMN need_id TEXT;
CREATE INDEX proposal_view_need_idx ON proposal_view (need_id, submitted_at DESC) WHERE need_id IS NOT NULL;

-- Written only by the "need-projection" processing group (com.wuxiao.query.need.NeedProjection).
CREATE TABLE need_view (
    need_id        TEXT        NOT NULL,
    title          TEXT        NOT NULL,
    problem        TEXT        NOT NULL,
    unit_id        TEXT        NOT NULL,
    category_code  TEXT        NOT NULL,
    deadline       DATE,
    reward_note    TEXT,
    published_by   TEXT        NOT NULL,
    published_at   TIMESTAMPTZ NOT NULL,
    closed_at      TIMESTAMPTZ,
    solved         BOOLEAN,
    close_note     TEXT,
    closed_by      TEXT,
    last_event_seq BIGINT      NOT NULL,
    CONSTRAINT need_view_pkey PRIMARY KEY (need_id)
);
CREATE INDEX need_view_published_idx ON need_view (published_at DESC, need_id);

-- The rest is written only by "catalogue-projection" (com.wuxiao.query.catalogue.CatalogueProjection).
-- A request row is the latest request of a unit for a result: a request after a decline reuses it.
CREATE TABLE result_request_view (
    request_id     TEXT        NOT NULL,
    proposal_id    TEXT        NOT NULL,
    title          TEXT        NOT NULL,
    result_unit_id TEXT        NOT NULL,
    unit_id        TEXT        NOT NULL,
    owner_id       TEXT        NOT NULL,
    note           TEXT,
    meeting_id     TEXT,
    status         TEXT        NOT NULL,   -- ResultRequestStatus name
    requested_by   TEXT        NOT NULL,
    requested_at   TIMESTAMPTZ NOT NULL,
    decided_by     TEXT,
    decided_at     TIMESTAMPTZ,
    decline_reason TEXT,
    conversion_id  TEXT,
    last_event_seq BIGINT      NOT NULL,
    CONSTRAINT result_request_view_pkey PRIMARY KEY (request_id)
);
CREATE INDEX result_request_view_status_idx ON result_request_view (status, requested_at DESC);
CREATE INDEX result_request_view_unit_idx ON result_request_view (unit_id, requested_at DESC);
CREATE INDEX result_request_view_proposal_idx ON result_request_view (proposal_id);

CREATE TABLE promotion_meeting_view (
    meeting_id           TEXT        NOT NULL,
    title                TEXT        NOT NULL,
    held_on              DATE        NOT NULL,
    place                TEXT,
    results              JSONB       NOT NULL,   -- [{proposalId, title, unitId}]
    invited_owner_ids    JSONB       NOT NULL,   -- ["owner", ...]
    interests            JSONB,                  -- [{ownerId, proposalId, unitId}], null until recorded
    scheduled_by         TEXT        NOT NULL,
    scheduled_at         TIMESTAMPTZ NOT NULL,
    interest_recorded_at TIMESTAMPTZ,
    last_event_seq       BIGINT      NOT NULL,
    CONSTRAINT promotion_meeting_view_pkey PRIMARY KEY (meeting_id)
);
CREATE INDEX promotion_meeting_view_held_idx ON promotion_meeting_view (held_on DESC, meeting_id);

-- Keyed by the event: a conversion takes any number of them.
CREATE TABLE adoption_feedback_view (
    event_id          TEXT        NOT NULL,
    conversion_id     TEXT        NOT NULL,
    proposal_id       TEXT        NOT NULL,
    receiving_unit_id TEXT        NOT NULL,
    worked            TEXT        NOT NULL,
    changed           TEXT,
    given_by          TEXT        NOT NULL,
    given_at          TIMESTAMPTZ NOT NULL,
    CONSTRAINT adoption_feedback_view_pkey PRIMARY KEY (event_id)
);
CREATE INDEX adoption_feedback_view_proposal_idx ON adoption_feedback_view (proposal_id, given_at);
