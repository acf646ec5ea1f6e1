-- Command-side lookup (com.wuxiao.command.appraisal.AppraisalPoolLookup), written by the subscribing
-- "command-lookups" group in the transaction that appends a proposal's events: the pool a quarter's
-- round is opened over. Not a projection: no replay, no reset. A store older than the table is
-- filled by infra's V23_2.

CREATE TABLE appraisal_pool_lookup (
    proposal_id  TEXT        NOT NULL,
    unit_id      TEXT        NOT NULL,
    authors      JSONB       NOT NULL,   -- [{"workerId": …, "share": …}] in the proposal's order
    mentor_id    TEXT,
    accepted_at  TIMESTAMPTZ,            -- null until accepted at screening
    appraised_in TEXT,                   -- the round that appraised it; null until then
    CONSTRAINT appraisal_pool_lookup_pkey PRIMARY KEY (proposal_id)
);

CREATE INDEX appraisal_pool_lookup_pool_idx ON appraisal_pool_lookup (accepted_at, proposal_id)
    WHERE appraised_in IS NULL AND accepted_at IS NOT NULL;
