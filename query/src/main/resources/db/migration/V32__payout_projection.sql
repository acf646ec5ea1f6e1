-- Reward payouts (product.md §10), written only by the "payout-projection" processing group
-- (com.wuxiao.query.payout.PayoutProjection) and emptied by its reset handler for a replay. Money in fen.

-- Every reward a finalised round granted (RewardGrantedEvent), and where its payment stands.
CREATE TABLE payout_item_view (
    item_id           TEXT        NOT NULL,   -- round:proposal:worker
    round_id          TEXT        NOT NULL,
    year              INTEGER     NOT NULL,
    proposal_id       TEXT        NOT NULL,
    worker_id         TEXT        NOT NULL,
    worker_unit_id    TEXT,
    grade             TEXT        NOT NULL,
    amount_fen        BIGINT      NOT NULL,
    granted_at        TIMESTAMPTZ NOT NULL,
    status            TEXT        NOT NULL,   -- PayoutItemStatus name
    batch_id          TEXT,                   -- the batch not cancelled that holds it
    paid_on           DATE,
    payment_reference TEXT,
    CONSTRAINT payout_item_view_pkey PRIMARY KEY (item_id)
);
CREATE INDEX payout_item_view_year_idx ON payout_item_view (year, status, round_id);
CREATE INDEX payout_item_view_worker_idx ON payout_item_view (worker_id, granted_at DESC);
CREATE INDEX payout_item_view_batch_idx ON payout_item_view (batch_id) WHERE batch_id IS NOT NULL;

CREATE TABLE payout_batch_view (
    batch_id          TEXT        NOT NULL,
    year              INTEGER     NOT NULL,
    status            TEXT        NOT NULL,   -- PayoutBatchStatus name
    item_count        INTEGER     NOT NULL,
    total_fen         BIGINT      NOT NULL,
    created_by        TEXT        NOT NULL,
    created_at        TIMESTAMPTZ NOT NULL,
    approved_by       TEXT,
    approved_at       TIMESTAMPTZ,
    paid_on           DATE,
    payment_reference TEXT,
    paid_by           TEXT,
    cancel_reason     TEXT,
    cancelled_at      TIMESTAMPTZ,
    CONSTRAINT payout_batch_view_pkey PRIMARY KEY (batch_id)
);
CREATE INDEX payout_batch_view_year_idx ON payout_batch_view (year, created_at DESC);
-- A batch's items in their batch's order (they leave payout_item_view.batch_id when it is cancelled).
CREATE TABLE payout_batch_item_view (
    batch_id TEXT    NOT NULL REFERENCES payout_batch_view (batch_id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    item_id  TEXT    NOT NULL,
    CONSTRAINT payout_batch_item_view_pkey PRIMARY KEY (batch_id, position)
);
