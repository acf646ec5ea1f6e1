-- Duplicate candidates of each proposal, worked out once per declaration or revision instead of on
-- every read of the proposal. Written only by the "proposal-duplicates" processing group
-- (com.wuxiao.query.proposal.DuplicateCandidatesProjection) and emptied by its reset handler; as a
-- processing group of its own it fills these tables from the first event when it first starts.

-- What the comparison needs of each proposal, as its latest declaration or revision reads: a copy
-- of the projection's own, so it never waits for proposal-projection.
CREATE TABLE proposal_duplicate_text (
    proposal_id    TEXT        NOT NULL,
    title          TEXT        NOT NULL,
    problem        TEXT,
    solution       TEXT,
    submitted_at   TIMESTAMPTZ NOT NULL,   -- the first submission: who is earlier than whom
    revision       INTEGER     NOT NULL,
    withdrawn      BOOLEAN     NOT NULL,   -- a withdrawn proposal is no candidate when read
    -- aggregate sequence number of the last event applied: a redelivered or older event is ignored
    last_event_seq BIGINT      NOT NULL,
    CONSTRAINT proposal_duplicate_text_pkey PRIMARY KEY (proposal_id)
);

CREATE INDEX proposal_duplicate_text_submitted_idx ON proposal_duplicate_text (submitted_at, proposal_id);

-- A row: proposal_id closely matches the earlier candidate_id, both as they read now (a revision of
-- either recomputes the row). Reads take the best five whose candidate is not withdrawn.
CREATE TABLE proposal_duplicate_view (
    proposal_id  TEXT             NOT NULL REFERENCES proposal_duplicate_text (proposal_id) ON DELETE CASCADE,
    candidate_id TEXT             NOT NULL REFERENCES proposal_duplicate_text (proposal_id) ON DELETE CASCADE,
    similarity   DOUBLE PRECISION NOT NULL,   -- in [0, 1], the better of title and text similarity
    CONSTRAINT proposal_duplicate_view_pkey PRIMARY KEY (proposal_id, candidate_id)
);

-- A revision recomputes the rows in which the revised proposal is the candidate too.
CREATE INDEX proposal_duplicate_view_candidate_idx ON proposal_duplicate_view (candidate_id);
