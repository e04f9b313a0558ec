-- Complaints, their photos and their timeline.
-- Portable column types only (see app/src/storage/mod.rs): instants are BIGINT milliseconds since
-- the Unix epoch (UTC), coordinates are DOUBLE PRECISION degrees.

CREATE TABLE complaints (
    id              BIGSERIAL PRIMARY KEY,
    tracking_code   TEXT    NOT NULL UNIQUE,
    -- The browser's key for one filing: a retried or doubled submit finds the first complaint.
    submission_key  TEXT    UNIQUE,
    -- Keyed hash of the reporter's PIN (app/src/personal_data.rs); the PIN itself is never stored.
    pin_hash        TEXT    NOT NULL,
    status          TEXT    NOT NULL,
    reporter_name   TEXT    NOT NULL,
    -- The NIK sealed with AES-256-GCM, and its keyed hash for look-ups.
    nik_sealed      BYTEA    NOT NULL,
    nik_lookup      TEXT    NOT NULL,
    phone           TEXT,
    email           TEXT,
    title           TEXT    NOT NULL,
    content         TEXT    NOT NULL,
    category        TEXT,
    agency          TEXT,
    channel         TEXT    NOT NULL,
    visibility      TEXT    NOT NULL,
    latitude        DOUBLE PRECISION    NOT NULL,
    longitude       DOUBLE PRECISION    NOT NULL,
    address         TEXT    NOT NULL,
    created_at      BIGINT  NOT NULL,
    updated_at      BIGINT  NOT NULL
);

CREATE INDEX complaints_status ON complaints (status, created_at);
CREATE INDEX complaints_nik_lookup ON complaints (nik_lookup);

CREATE TABLE complaint_photos (
    id              BIGSERIAL PRIMARY KEY,
    complaint_id    BIGINT  NOT NULL REFERENCES complaints (id) ON DELETE CASCADE,
    position        BIGINT  NOT NULL,
    content_type    TEXT    NOT NULL,
    size_bytes      BIGINT  NOT NULL,
    width           BIGINT  NOT NULL,
    height          BIGINT  NOT NULL,
    -- SHA-256 of the stored (re-encoded) bytes: the file is named by it.
    sha256          TEXT    NOT NULL,
    storage_key     TEXT    NOT NULL,
    UNIQUE (complaint_id, position)
);

-- Every step a complaint took, in order: the reporter's timeline and the officers' audit trail.
CREATE TABLE complaint_events (
    id              BIGSERIAL PRIMARY KEY,
    complaint_id    BIGINT  NOT NULL REFERENCES complaints (id) ON DELETE CASCADE,
    at              BIGINT  NOT NULL,
    actor_role      TEXT    NOT NULL,
    action          TEXT    NOT NULL,
    status_after    TEXT    NOT NULL,
    note            TEXT
);

CREATE INDEX complaint_events_by_complaint ON complaint_events (complaint_id, at);

-- Fixed-window counters for rate limits (per client, per action), shared by every server instance.
CREATE TABLE rate_limits (
    bucket          TEXT    NOT NULL,
    window_start    BIGINT  NOT NULL,
    hits            BIGINT  NOT NULL,
    PRIMARY KEY (bucket, window_start)
);

CREATE INDEX rate_limits_by_age ON rate_limits (window_start);
