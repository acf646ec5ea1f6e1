-- Points and rewards ledger and what the leaderboards need, written only by the
-- "leaderboard-projection" processing group (com.wuxiao.query.leaderboard.LeaderboardProjection) and
-- emptied by its reset handler for a replay.
--
-- Order-independent by design: a pooled processor handles different aggregates (year configuration,
-- proposal, round) in different segments, so nothing here assumes one aggregate's events arrive before
-- another's. Joins happen when reading, and acceptance points wait (NULL) for their year's
-- configuration and are recomputed when a configuration of that year arrives.

-- Every configuration of a competition year, by event: the one in force at an acceptance gives its points.
CREATE TABLE leaderboard_year_config (
    event_id        TEXT        NOT NULL,
    year            INTEGER     NOT NULL,
    accepted_points INTEGER     NOT NULL,
    configured_at   TIMESTAMPTZ NOT NULL,
    CONSTRAINT leaderboard_year_config_pkey PRIMARY KEY (event_id)
);

CREATE INDEX leaderboard_year_config_year_idx ON leaderboard_year_config (year, configured_at);

-- Category names per competition year (latest configuration wins) for the category leaderboard.
CREATE TABLE leaderboard_category (
    year          INTEGER     NOT NULL,
    code          TEXT        NOT NULL,
    name          TEXT        NOT NULL,
    configured_at TIMESTAMPTZ NOT NULL,
    CONSTRAINT leaderboard_category_pkey PRIMARY KEY (year, code)
);

-- What the leaderboards need of a proposal: unit, category, competition year, authors with shares.
CREATE TABLE leaderboard_proposal (
    proposal_id      TEXT    NOT NULL,
    unit_id          TEXT    NOT NULL,
    category_code    TEXT    NOT NULL,
    competition_year INTEGER NOT NULL,
    last_event_seq   BIGINT  NOT NULL,   -- aggregate sequence number of the last event applied
    CONSTRAINT leaderboard_proposal_pkey PRIMARY KEY (proposal_id)
);

CREATE TABLE leaderboard_proposal_author (
    proposal_id TEXT    NOT NULL REFERENCES leaderboard_proposal (proposal_id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,        -- 0 = first-listed author
    worker_id   TEXT    NOT NULL,
    share       INTEGER NOT NULL,        -- whole percent
    CONSTRAINT leaderboard_proposal_author_pkey PRIMARY KEY (proposal_id, position)
);

-- One worker's points or reward money from one event. Keyed by (event, worker): a redelivered event
-- inserts nothing. Period keys are those of the earning event's time in Asia/Shanghai.
CREATE TABLE points_ledger (
    event_id         TEXT          NOT NULL,
    worker_id        TEXT          NOT NULL,
    kind             TEXT          NOT NULL,   -- LedgerEntryKind name: ACCEPTED, AWARD_POINTS, REWARD
    proposal_id      TEXT          NOT NULL,
    round_id         TEXT,
    grade            TEXT,                     -- Grade name of award entries
    unit_id          TEXT,                     -- the unit the entry counts for; NULL = none known
    competition_year INTEGER       NOT NULL,   -- acceptance: the year whose configuration gives the points
    share            INTEGER       NOT NULL,
    points           NUMERIC(12, 2),           -- NULL = acceptance awaiting its year's configuration
    reward_fen       BIGINT        NOT NULL DEFAULT 0,
    occurred_at      TIMESTAMPTZ   NOT NULL,
    month_key        TEXT          NOT NULL,   -- 2026-11
    quarter_key      TEXT          NOT NULL,   -- 2026-Q4
    year_key         TEXT          NOT NULL,   -- 2026
    CONSTRAINT points_ledger_pkey PRIMARY KEY (event_id, worker_id)
);

CREATE INDEX points_ledger_month_idx ON points_ledger (month_key);
CREATE INDEX points_ledger_quarter_idx ON points_ledger (quarter_key);
CREATE INDEX points_ledger_year_idx ON points_ledger (year_key);
CREATE INDEX points_ledger_worker_idx ON points_ledger (worker_id, occurred_at DESC);
CREATE INDEX points_ledger_acceptance_idx ON points_ledger (competition_year) WHERE kind = 'ACCEPTED';

-- Grades of finalised rounds: awarded results per unit and category, zero-point grades included.
CREATE TABLE leaderboard_award (
    round_id     TEXT        NOT NULL,
    proposal_id  TEXT        NOT NULL,
    unit_id      TEXT        NOT NULL,     -- the proposal's unit
    grade        TEXT        NOT NULL,     -- Grade name, NONE included
    finalised_at TIMESTAMPTZ NOT NULL,
    month_key    TEXT        NOT NULL,
    quarter_key  TEXT        NOT NULL,
    year_key     TEXT        NOT NULL,
    CONSTRAINT leaderboard_award_pkey PRIMARY KEY (round_id, proposal_id)
);

CREATE INDEX leaderboard_award_month_idx ON leaderboard_award (month_key);
CREATE INDEX leaderboard_award_quarter_idx ON leaderboard_award (quarter_key);
CREATE INDEX leaderboard_award_year_idx ON leaderboard_award (year_key);
