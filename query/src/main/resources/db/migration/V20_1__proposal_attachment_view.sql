-- The files of each proposal as its events name them (id, name, type, size, SHA-256; the bytes stay
-- in the attachment table), written by ProposalProjection and emptied by its reset handler.
CREATE TABLE proposal_attachment_view (
    attachment_id TEXT        NOT NULL,
    proposal_id   TEXT        NOT NULL REFERENCES proposal_view (id) ON DELETE CASCADE,
    seq           BIGINT      NOT NULL,   -- aggregate sequence number of the event that attached it
    position      INTEGER     NOT NULL,   -- order within that event
    name          TEXT        NOT NULL,
    media_type    TEXT        NOT NULL,
    size          BIGINT      NOT NULL,
    sha256        TEXT        NOT NULL,
    added_at      TIMESTAMPTZ NOT NULL,
    CONSTRAINT proposal_attachment_view_pkey PRIMARY KEY (attachment_id)
);

CREATE INDEX proposal_attachment_view_proposal_idx ON proposal_attachment_view (proposal_id, seq, position);
