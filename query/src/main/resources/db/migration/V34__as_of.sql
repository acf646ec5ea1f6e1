-- 时间回溯 (issue 14): every figure as of an instant in the past. Each fact the leaderboards, the funnel,
-- the patent pipeline, the commendation standings and a proposal's status count keeps recorded_at: the
-- instant the event that told the read model was recorded at (its recordedAt metadata, from the app's one
-- Clock, the demo year's too). "As of T" counts the facts recorded up to T, what the union office saw then, even where a
-- fact's own day (a patent's filing date on the receipt) lies earlier and still places it in a period.
-- A fact that is replaced keeps its history instead (benefit reports, a patent's status, headcounts).
-- The tables are empty here: V33_1 emptied them and their tokens, and the processors rebuild them.

ALTER TABLE points_ledger ADD COLUMN recorded_at TIMESTAMPTZ NOT NULL;
ALTER TABLE leaderboard_award ADD COLUMN recorded_at TIMESTAMPTZ NOT NULL;

ALTER TABLE funnel_proposal ADD COLUMN recorded_at TIMESTAMPTZ NOT NULL;
ALTER TABLE funnel_accepted ADD COLUMN recorded_at TIMESTAMPTZ NOT NULL;
ALTER TABLE funnel_awarded ADD COLUMN recorded_at TIMESTAMPTZ NOT NULL;
ALTER TABLE funnel_patent ADD COLUMN filed_recorded_at TIMESTAMPTZ, ADD COLUMN granted_recorded_at TIMESTAMPTZ;
ALTER TABLE funnel_conversion ADD COLUMN handed_over_recorded_at TIMESTAMPTZ,
    ADD COLUMN adopted_recorded_at TIMESTAMPTZ,
    DROP COLUMN benefit_months, DROP COLUMN cny_saved_per_year, DROP COLUMN incidents_avoided,
    DROP COLUMN hours_saved;

-- Every benefit report of a conversion, corrections included (a correction is a report of the same months
-- again); as of an instant, the latest report recorded by then of the most months counts.
CREATE TABLE funnel_benefit (
    event_id           TEXT           NOT NULL,
    conversion_id      TEXT           NOT NULL,
    months             INTEGER        NOT NULL,   -- 3 or 12 after adoption
    cny_saved_per_year NUMERIC(16, 2) NOT NULL,
    incidents_avoided  INTEGER        NOT NULL,
    hours_saved        NUMERIC(12, 2) NOT NULL,
    recorded_at        TIMESTAMPTZ    NOT NULL,
    CONSTRAINT funnel_benefit_pkey PRIMARY KEY (event_id)
);

CREATE INDEX funnel_benefit_conversion_idx ON funnel_benefit (conversion_id, months, recorded_at);

-- A patent case's status (and overdue step) after each of its events.
CREATE TABLE patent_status_history (
    patent_id    TEXT        NOT NULL,
    seq          BIGINT      NOT NULL,   -- aggregate sequence number of the event
    status       TEXT        NOT NULL,
    overdue_step TEXT,
    recorded_at  TIMESTAMPTZ NOT NULL,
    CONSTRAINT patent_status_history_pkey PRIMARY KEY (patent_id, seq)
);

ALTER TABLE commendation_submission ADD COLUMN recorded_at TIMESTAMPTZ NOT NULL;
ALTER TABLE commendation_award ADD COLUMN recorded_at TIMESTAMPTZ NOT NULL;
ALTER TABLE commendation_adoption ADD COLUMN recorded_at TIMESTAMPTZ NOT NULL;
-- Every set of a year's headcounts, not only the latest: as of an instant, the latest set by then.
ALTER TABLE commendation_headcount ADD COLUMN recorded_at TIMESTAMPTZ NOT NULL,
    DROP CONSTRAINT commendation_headcount_pkey,
    ADD CONSTRAINT commendation_headcount_pkey PRIMARY KEY (year, recorded_at, unit_id);

ALTER TABLE proposal_history_view ADD COLUMN recorded_at TIMESTAMPTZ NOT NULL;
