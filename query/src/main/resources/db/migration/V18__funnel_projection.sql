-- The conversion funnel (product.md "What union leaders watch"), written only by the "funnel-projection"
-- processing group (com.wuxiao.query.funnel.FunnelProjection) and emptied by its reset handler.
--
-- Facts only, one table per kind, each keyed by its aggregate so a redelivered event changes nothing;
-- stages, periods and "first per result" are worked out when reading. Different aggregates of one result
-- (patent case, conversions) arrive in any order across segments: nothing here depends on that order.

-- A submitted proposal: its unit is the unit every later stage of the result counts for.
CREATE TABLE funnel_proposal (
    proposal_id  TEXT        NOT NULL,
    unit_id      TEXT        NOT NULL,
    submitted_at TIMESTAMPTZ NOT NULL,
    CONSTRAINT funnel_proposal_pkey PRIMARY KEY (proposal_id)
);

CREATE INDEX funnel_proposal_submitted_idx ON funnel_proposal (submitted_at);

CREATE TABLE funnel_accepted (
    proposal_id TEXT        NOT NULL,
    accepted_at TIMESTAMPTZ NOT NULL,
    CONSTRAINT funnel_accepted_pkey PRIMARY KEY (proposal_id)
);

-- A result awarded a grade (not NONE) when its round was finalised.
CREATE TABLE funnel_awarded (
    proposal_id TEXT        NOT NULL,
    unit_id     TEXT        NOT NULL,
    awarded_at  TIMESTAMPTZ NOT NULL,
    CONSTRAINT funnel_awarded_pkey PRIMARY KEY (proposal_id)
);

-- One patent case per result.
CREATE TABLE funnel_patent (
    patent_id   TEXT        NOT NULL,
    proposal_id TEXT        NOT NULL,
    unit_id     TEXT        NOT NULL,
    filed_at    TIMESTAMPTZ,
    granted_at  TIMESTAMPTZ,
    CONSTRAINT funnel_patent_pkey PRIMARY KEY (patent_id)
);

-- One conversion per (result, receiving unit); unit_id is the result's unit. The latest benefit report
-- (12 months supersedes 3) is the conversion's measured benefit.
CREATE TABLE funnel_conversion (
    conversion_id      TEXT          NOT NULL,
    proposal_id        TEXT          NOT NULL,
    unit_id            TEXT          NOT NULL,
    handed_over_at     TIMESTAMPTZ,
    awarded_at         TIMESTAMPTZ,
    adopted_at         TIMESTAMPTZ,
    benefit_months     INTEGER,
    cny_saved_per_year NUMERIC(16, 2),
    incidents_avoided  INTEGER,
    hours_saved        NUMERIC(12, 2),
    CONSTRAINT funnel_conversion_pkey PRIMARY KEY (conversion_id)
);

CREATE INDEX funnel_conversion_proposal_idx ON funnel_conversion (proposal_id);
