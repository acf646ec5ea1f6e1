-- Patent promotion (专利推进), written only by the "patent-projection" processing group
-- (com.wuxiao.query.patent.PatentProjection) and emptied by its reset handler for a replay.
-- One row per patent case; its office actions (审查意见) as child rows.

CREATE TABLE patent_case (
    patent_id               TEXT        NOT NULL,
    proposal_id             TEXT        NOT NULL,
    title                   TEXT,
    unit_id                 TEXT        NOT NULL,
    competition_year        INTEGER     NOT NULL,
    type                    TEXT        NOT NULL,   -- PatentType name
    status                  TEXT        NOT NULL,   -- PatentStatus name
    awarded_at              TIMESTAMPTZ,
    nominated_by            TEXT        NOT NULL,
    nominated_at            TIMESTAMPTZ NOT NULL,
    agency                  TEXT,
    prepared_by             TEXT,
    prepared_at             TIMESTAMPTZ,
    application_number      TEXT,
    filed_on                DATE,                   -- the date on the office's receipt
    filed_recorded_at       TIMESTAMPTZ,            -- when recorded here: the period of the filing points
    patent_number           TEXT,
    granted_on              DATE,
    rejected_on             DATE,
    ended_reason            TEXT,                   -- rejection or abandonment
    ended_at                TIMESTAMPTZ,
    -- the latest unanswered office action while the case is filed; null otherwise
    open_office_action      INTEGER,
    open_response_due       DATE,
    office_action_count     INTEGER     NOT NULL DEFAULT 0,
    -- a step a reminder found undone after its due time; null again once the step is done
    overdue_step            TEXT,                   -- PatentStep name
    overdue_due_at          TIMESTAMPTZ,
    last_change             TIMESTAMPTZ NOT NULL,
    -- aggregate sequence number of the last event applied: a redelivered or older event is ignored
    last_event_seq          BIGINT      NOT NULL,
    CONSTRAINT patent_case_pkey PRIMARY KEY (patent_id)
);

CREATE INDEX patent_case_status_idx ON patent_case (status, unit_id);
CREATE INDEX patent_case_unit_idx ON patent_case (unit_id, competition_year);

CREATE TABLE patent_office_action (
    patent_id     TEXT        NOT NULL REFERENCES patent_case (patent_id) ON DELETE CASCADE,
    sequence      INTEGER     NOT NULL,
    issued_on     DATE        NOT NULL,
    response_due  DATE        NOT NULL,
    summary       TEXT,
    recorded_by   TEXT        NOT NULL,
    recorded_at   TIMESTAMPTZ NOT NULL,
    answered_on   DATE,
    answer_note   TEXT,
    answered_by   TEXT,
    answered_at   TIMESTAMPTZ,
    CONSTRAINT patent_office_action_pkey PRIMARY KEY (patent_id, sequence)
);
