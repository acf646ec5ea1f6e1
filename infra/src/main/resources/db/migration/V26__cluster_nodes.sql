-- The app instances sharing this database (infra.cluster.ClusterNodes): each writes its heartbeat
-- every few seconds, and every instance counts the live ones to claim only its share of each event
-- processor's segments. Times are the database's own, so the instances' clocks need not agree.
-- token_owner is how Axon names the instance as a segment's owner in tokenentry: a live instance
-- releases the segments of one whose heartbeat stopped, so they are taken before its claims expire.

CREATE TABLE cluster_node (
    node_id     VARCHAR(255) NOT NULL,
    token_owner VARCHAR(255) NOT NULL,
    started_at  TIMESTAMPTZ  NOT NULL,
    seen_at     TIMESTAMPTZ  NOT NULL,
    CONSTRAINT cluster_node_pkey PRIMARY KEY (node_id)
);
