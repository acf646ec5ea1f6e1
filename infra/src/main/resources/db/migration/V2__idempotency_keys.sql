-- Idempotency keys of POST requests (see docs/adr/0001-idempotency-keys.md): one row per user and
-- key, claimed in the request's own transaction, with the first successful answer to replay.
-- The response columns stay empty only while the claiming transaction is still running.

CREATE TABLE idempotency_key (
    user_id               VARCHAR(255) NOT NULL,
    idempotency_key       VARCHAR(255) NOT NULL,
    request_method        VARCHAR(16)  NOT NULL,
    request_path          TEXT         NOT NULL,
    request_body_sha256   CHAR(64)     NOT NULL,
    response_status       SMALLINT,
    response_content_type TEXT,
    response_location     TEXT,
    response_body         BYTEA,
    created_at            TIMESTAMPTZ  NOT NULL,
    CONSTRAINT idempotency_key_pkey PRIMARY KEY (user_id, idempotency_key)
);

-- For the periodic deletion of expired keys.
CREATE INDEX idempotency_key_created_at_idx ON idempotency_key (created_at);
