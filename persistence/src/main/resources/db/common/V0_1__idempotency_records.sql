-- Idempotency-Key records (draft-ietf-httpapi-idempotency-key-header), one table in each service's schema.
-- A record is IN_PROGRESS while the first request runs and COMPLETED with the response to replay for 24 h.
CREATE TABLE idempotency_record (
    caller          varchar(200) NOT NULL,
    idempotency_key varchar(255) NOT NULL,
    fingerprint     char(64)     NOT NULL,
    state           varchar(16)  NOT NULL CHECK (state IN ('IN_PROGRESS', 'COMPLETED')),
    response_status integer,
    response_location text,
    response_etag   text,
    response_body   text,
    started_at      timestamptz  NOT NULL DEFAULT now(),
    expires_at      timestamptz  NOT NULL,
    PRIMARY KEY (caller, idempotency_key)
);
CREATE INDEX idempotency_record_expiry ON idempotency_record (expires_at);
