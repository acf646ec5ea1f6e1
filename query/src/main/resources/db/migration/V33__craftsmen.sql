-- 金牌工匠 conferred (CraftsmanConferredEvent), written by the "commendation-projection" processing
-- group (com.wuxiao.query.commendation.CommendationProjection) and emptied by its reset handler.
CREATE TABLE commendation_craftsman (
    year         INTEGER     NOT NULL,
    worker_id    TEXT        NOT NULL,
    unit_id      TEXT,
    citation     TEXT        NOT NULL,
    conferred_by TEXT        NOT NULL,
    conferred_at TIMESTAMPTZ NOT NULL,
    CONSTRAINT commendation_craftsman_pkey PRIMARY KEY (year, worker_id)
);
CREATE INDEX commendation_craftsman_worker_idx ON commendation_craftsman (worker_id);
