-- The inbox (in-app notifications), written only by the "inbox-projection" processing group
-- (com.wuxiao.query.inbox.InboxProjection); its reset handler empties every table here except inbox_read.

-- What the projection needs to know of a proposal to address its notifications: the title and who it
-- concerns (authors in their order, and the mentor), as of the latest submission or revision.
CREATE TABLE inbox_proposal (
    proposal_id TEXT NOT NULL,
    title       TEXT NOT NULL,
    mentor_id   TEXT,
    -- the proposal event last applied: a redelivered older one changes nothing
    last_event_seq BIGINT NOT NULL,
    CONSTRAINT inbox_proposal_pkey PRIMARY KEY (proposal_id)
);

CREATE TABLE inbox_proposal_author (
    proposal_id TEXT    NOT NULL,
    position    INTEGER NOT NULL,
    worker_id   TEXT    NOT NULL,
    CONSTRAINT inbox_proposal_author_pkey PRIMARY KEY (proposal_id, position)
);

-- Who raised an objection: its decision is told to them too.
CREATE TABLE inbox_objection (
    objection_id TEXT NOT NULL,
    objector_id  TEXT NOT NULL,
    CONSTRAINT inbox_objection_pkey PRIMARY KEY (objection_id)
);

-- One notification per (recipient, event). id is a name-based UUID of the event's identifier and the
-- recipient, so a replay writes the same id again. args are the message's arguments {0}, {1}, … in
-- the order of the kind's parameters (InboxKind); the title is always {0}.
CREATE TABLE inbox_notification (
    id             UUID        NOT NULL,
    recipient_id   TEXT        NOT NULL,
    kind           TEXT        NOT NULL,
    proposal_id    TEXT        NOT NULL,
    args           TEXT[]      NOT NULL,
    occurred_at    TIMESTAMPTZ NOT NULL,
    -- the event's sequence number in its aggregate: newest first among notifications of one instant
    event_seq      BIGINT      NOT NULL,
    CONSTRAINT inbox_notification_pkey PRIMARY KEY (id)
);

CREATE INDEX inbox_notification_recipient_idx ON inbox_notification (recipient_id, occurred_at DESC, event_seq DESC);

-- Read marks, written by the inbox API, never by the projection: a rebuild recreates the notifications
-- under the same ids and finds their marks here. A mark whose notification never comes back is harmless.
CREATE TABLE inbox_read (
    notification_id UUID        NOT NULL,
    recipient_id    TEXT        NOT NULL,
    read_at         TIMESTAMPTZ NOT NULL,
    CONSTRAINT inbox_read_pkey PRIMARY KEY (notification_id)
);

CREATE INDEX inbox_read_recipient_idx ON inbox_read (recipient_id);
