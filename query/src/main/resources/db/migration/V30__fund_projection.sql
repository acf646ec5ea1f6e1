-- The innovation fund (product.md §9), written only by the "fund-projection" processing group
-- (com.wuxiao.query.fund.FundProjection) and emptied by its reset handler for a replay. Money in fen.
CREATE TABLE fund_budget_view (
    year           INTEGER     NOT NULL,
    budget_fen     BIGINT      NOT NULL,
    set_by         TEXT        NOT NULL,
    set_at         TIMESTAMPTZ NOT NULL,
    last_event_seq BIGINT      NOT NULL,
    CONSTRAINT fund_budget_view_pkey PRIMARY KEY (year)
);

CREATE TABLE fund_claim_view (
    claim_id       TEXT        NOT NULL,
    year           INTEGER     NOT NULL,
    proposal_id    TEXT        NOT NULL,
    title          TEXT        NOT NULL,
    unit_id        TEXT        NOT NULL,
    category_code  TEXT        NOT NULL,
    claimant_id    TEXT        NOT NULL,
    total_fen      BIGINT      NOT NULL,
    items          JSONB       NOT NULL,   -- [{kind, description, amountFen}]
    receipts       JSONB       NOT NULL,   -- [{id, name, mediaType, size, sha256}]
    status         TEXT        NOT NULL,   -- FundClaimStatus name
    submitted_at   TIMESTAMPTZ NOT NULL,
    approved_fen   BIGINT,
    decided_by     TEXT,
    decided_at     TIMESTAMPTZ,
    decision_note  TEXT,                   -- the approval's note or the refusal's reason
    overdue_at     TIMESTAMPTZ,            -- when the decision was recorded overdue, while pending
    CONSTRAINT fund_claim_view_pkey PRIMARY KEY (claim_id)
);
CREATE INDEX fund_claim_view_year_idx ON fund_claim_view (year, status, submitted_at DESC);
CREATE INDEX fund_claim_view_claimant_idx ON fund_claim_view (claimant_id, submitted_at DESC);
