-- Command-side lookup (com.wuxiao.command.payout.RewardItemLookup), written by the subscribing
-- "command-lookups" group in the transaction that appends RewardGrantedEvent: every author's reward
-- of a finalised round, the items a payout batch is made of. Not a projection: no replay, no reset.
-- A store older than the table is filled by infra's V31_1.
CREATE TABLE reward_item_lookup (
    item_id          TEXT        NOT NULL,   -- round:proposal:worker
    round_id         TEXT        NOT NULL,
    year             INTEGER     NOT NULL,
    proposal_id      TEXT        NOT NULL,
    proposal_unit_id TEXT        NOT NULL,
    worker_id        TEXT        NOT NULL,
    worker_unit_id   TEXT,
    grade            TEXT        NOT NULL,
    amount_fen       BIGINT      NOT NULL,
    granted_at       TIMESTAMPTZ NOT NULL,
    CONSTRAINT reward_item_lookup_pkey PRIMARY KEY (item_id)
);
CREATE INDEX reward_item_lookup_round_idx ON reward_item_lookup (round_id, item_id);
