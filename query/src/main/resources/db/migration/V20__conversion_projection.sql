-- Conversion to production (成果转化), written only by the "conversion-projection" processing group
-- (com.wuxiao.query.conversion.ConversionProjection) and emptied by its reset handler for a replay.
-- One row per conversion (a result handed over to one receiving unit); benefit reports as child rows.

CREATE TABLE conversion_case (
    conversion_id              TEXT        NOT NULL,
    proposal_id                TEXT        NOT NULL,
    title                      TEXT,
    result_unit_id             TEXT        NOT NULL,
    receiving_unit_id          TEXT        NOT NULL,
    owner_id                   TEXT        NOT NULL,
    planned_trial_start        DATE,
    planned_trial_end          DATE,
    planned_adoption_decision  DATE,
    awarded_at                 TIMESTAMPTZ,
    handed_over_by             TEXT        NOT NULL,
    handed_over_at             TIMESTAMPTZ NOT NULL,
    trial_started_on           DATE,
    trial_ended_on             DATE,
    trial_summary              TEXT,
    status                     TEXT        NOT NULL,   -- ConversionStatus name
    replication                BOOLEAN     NOT NULL DEFAULT FALSE,
    decided_by                 TEXT,
    adopted_at                 TIMESTAMPTZ,
    declined_at                TIMESTAMPTZ,
    declined_reason            TEXT,
    -- a milestone a reminder found undone after its due date; null again once it is done
    overdue_milestone          TEXT,                   -- ConversionMilestone name
    overdue_due_on             DATE,
    last_change                TIMESTAMPTZ NOT NULL,
    -- aggregate sequence number of the last event applied: a redelivered or older event is ignored
    last_event_seq             BIGINT      NOT NULL,
    CONSTRAINT conversion_case_pkey PRIMARY KEY (conversion_id)
);

CREATE INDEX conversion_case_status_idx ON conversion_case (status);
CREATE INDEX conversion_case_receiving_idx ON conversion_case (receiving_unit_id);
CREATE INDEX conversion_case_owner_idx ON conversion_case (owner_id);
CREATE INDEX conversion_case_result_unit_idx ON conversion_case (result_unit_id);

-- The 3- and 12-month reports; the latest (most months) is the conversion's measured benefit.
CREATE TABLE conversion_benefit_report (
    conversion_id            TEXT           NOT NULL REFERENCES conversion_case (conversion_id) ON DELETE CASCADE,
    months_after_adoption    INTEGER        NOT NULL,
    cny_saved_per_year       NUMERIC,        -- yuan per year
    safety_incidents_avoided INTEGER        NOT NULL,
    hours_saved              NUMERIC,        -- hours per year
    reported_by              TEXT           NOT NULL,
    reported_at              TIMESTAMPTZ    NOT NULL,
    CONSTRAINT conversion_benefit_report_pkey PRIMARY KEY (conversion_id, months_after_adoption)
);
