-- 规则推演 (issue 14): a union leader's named what-if scenarios, to compare several and adopt one for
-- the next year. Outside the event store on purpose (like drafts, ADR 0004): a scenario decides nothing;
-- it is a saved question, recomputed from the rounds' events whenever it is opened.
CREATE TABLE what_if_scenario (
    id        BIGINT GENERATED ALWAYS AS IDENTITY,
    name      TEXT        NOT NULL,
    round_id  TEXT,                  -- one finalised round, or
    year      INTEGER,               -- the finalised rounds of a year
    rules     JSONB       NOT NULL,  -- the form's parameters (RulesForm), yuan for money
    saved_by  TEXT        NOT NULL,
    saved_at  TIMESTAMPTZ NOT NULL,
    CONSTRAINT what_if_scenario_pkey PRIMARY KEY (id),
    CONSTRAINT what_if_scenario_name_uk UNIQUE (name),
    CONSTRAINT what_if_scenario_scope_ck CHECK ((round_id IS NULL) <> (year IS NULL))
);
