-- Annual commendation (年度表彰), written only by the "commendation-projection" processing group
-- (com.wuxiao.query.commendation.CommendationProjection) and emptied by its reset handler for a replay.
-- Besides the drafted and confirmed lists it keeps what the standings need that no other read model
-- owns: the units' headcounts, who submitted for which unit, and the awards of finalised rounds.

CREATE TABLE commendation_headcount (
    year      INTEGER NOT NULL,
    unit_id   TEXT    NOT NULL,
    headcount INTEGER NOT NULL,
    CONSTRAINT commendation_headcount_pkey PRIMARY KEY (year, unit_id)
);

-- One row per proposal: its unit, competition year and submitter (participation = distinct submitters).
CREATE TABLE commendation_submission (
    proposal_id      TEXT    NOT NULL,
    unit_id          TEXT    NOT NULL,
    competition_year INTEGER NOT NULL,
    submitter_id     TEXT    NOT NULL,
    CONSTRAINT commendation_submission_pkey PRIMARY KEY (proposal_id)
);

CREATE INDEX commendation_submission_year_idx ON commendation_submission (competition_year, unit_id);

-- Proposals awarded a grade (not NONE), in the calendar year of their round's finalisation.
CREATE TABLE commendation_award (
    proposal_id TEXT    NOT NULL,
    round_id    TEXT    NOT NULL,
    unit_id     TEXT    NOT NULL,
    year        INTEGER NOT NULL,
    CONSTRAINT commendation_award_pkey PRIMARY KEY (proposal_id, round_id)
);

-- Adoptions in production (replications included) of a unit's results, in the year of adoption.
CREATE TABLE commendation_adoption (
    conversion_id TEXT    NOT NULL,
    unit_id       TEXT    NOT NULL,   -- the result's unit
    year          INTEGER NOT NULL,
    CONSTRAINT commendation_adoption_pkey PRIMARY KEY (conversion_id)
);

CREATE TABLE commendation_view (
    year           INTEGER     NOT NULL,
    status         TEXT        NOT NULL,   -- DRAFTED, CONFIRMED
    drafted_by     TEXT        NOT NULL,
    drafted_at     TIMESTAMPTZ NOT NULL,
    confirmed_by   TEXT,
    confirmed_at   TIMESTAMPTZ,
    last_event_seq BIGINT      NOT NULL,
    CONSTRAINT commendation_view_pkey PRIMARY KEY (year)
);

CREATE TABLE commendation_worker (
    year      INTEGER       NOT NULL REFERENCES commendation_view (year) ON DELETE CASCADE,
    position  INTEGER       NOT NULL,
    rank      INTEGER       NOT NULL,
    worker_id TEXT          NOT NULL,
    unit_id   TEXT,
    points    NUMERIC(12, 2) NOT NULL,
    CONSTRAINT commendation_worker_pkey PRIMARY KEY (year, position)
);

CREATE TABLE commendation_unit (
    year               INTEGER       NOT NULL REFERENCES commendation_view (year) ON DELETE CASCADE,
    position           INTEGER       NOT NULL,
    rank               INTEGER       NOT NULL,
    unit_id            TEXT          NOT NULL,
    participation_rate NUMERIC(9, 4) NOT NULL,
    awards_per_100     NUMERIC(9, 4) NOT NULL,
    adoptions          INTEGER       NOT NULL,
    composite          NUMERIC(7, 2) NOT NULL,
    commended          BOOLEAN       NOT NULL,
    CONSTRAINT commendation_unit_pkey PRIMARY KEY (year, position)
);

CREATE TABLE commendation_recommendation (
    year           INTEGER     NOT NULL,
    proposal_id    TEXT        NOT NULL,
    title          TEXT        NOT NULL,
    unit_id        TEXT        NOT NULL,
    grade          TEXT        NOT NULL,
    note           TEXT,
    recommended_by TEXT        NOT NULL,
    recommended_at TIMESTAMPTZ NOT NULL,
    CONSTRAINT commendation_recommendation_pkey PRIMARY KEY (year, proposal_id)
);
