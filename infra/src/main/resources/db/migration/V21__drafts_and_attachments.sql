-- Drafts (the DRAFT state, see docs/adr/0004-drafts-outside-the-event-store.md): one row per draft,
-- the declaration form as JSON (the body of POST /api/proposals, every field optional), seen by its
-- author only. Nothing is decided on a draft, so it is a plain table, not events.
CREATE TABLE draft (
    id         UUID        NOT NULL,
    author_id  TEXT        NOT NULL,
    content    JSONB       NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL,
    CONSTRAINT draft_pkey PRIMARY KEY (id)
);

-- "My drafts", last changed first.
CREATE INDEX draft_author_idx ON draft (author_id, updated_at DESC, id DESC);

-- Attached files: the bytes under a server-made id, with the draft or the proposal they belong to
-- (exactly one). Events carry only id, name, type, size and SHA-256. A draft's files go with it
-- (cascade); a declared draft hands them to its proposal first.
CREATE TABLE attachment (
    id          UUID        NOT NULL,
    draft_id    UUID        REFERENCES draft (id) ON DELETE CASCADE,
    proposal_id TEXT,
    uploader_id TEXT        NOT NULL,
    name        TEXT        NOT NULL,   -- display name only, sanitised; never a path
    media_type  TEXT        NOT NULL,   -- detected from the content
    size        BIGINT      NOT NULL,
    sha256      CHAR(64)    NOT NULL,
    content     BYTEA       NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL,
    CONSTRAINT attachment_pkey PRIMARY KEY (id),
    CONSTRAINT attachment_one_owner CHECK ((draft_id IS NULL) <> (proposal_id IS NULL)),
    CONSTRAINT attachment_size CHECK (size > 0 AND size = octet_length(content))
);

CREATE INDEX attachment_draft_idx ON attachment (draft_id) WHERE draft_id IS NOT NULL;
CREATE INDEX attachment_proposal_idx ON attachment (proposal_id) WHERE proposal_id IS NOT NULL;
