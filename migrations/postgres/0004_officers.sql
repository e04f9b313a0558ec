-- Officers, their sessions and second factors. Passwords are argon2id PHC strings; the TOTP
-- secret is sealed like a NIK; recovery codes and session tokens are stored only as hashes.

CREATE TABLE officers (
    id              BIGSERIAL PRIMARY KEY,
    username        TEXT    NOT NULL UNIQUE,
    display_name    TEXT    NOT NULL,
    role            TEXT    NOT NULL,
    agency          TEXT    REFERENCES agencies (code),
    password_hash   TEXT    NOT NULL,
    totp_sealed     BYTEA    NOT NULL,
    -- The last TOTP time step accepted: a code is never accepted twice.
    totp_last_step  BIGINT,
    active          BIGINT  NOT NULL DEFAULT 1,
    created_at      BIGINT  NOT NULL
);

CREATE TABLE officer_recovery_codes (
    officer_id      BIGINT  NOT NULL REFERENCES officers (id) ON DELETE CASCADE,
    code_hash       TEXT    NOT NULL,
    used_at         BIGINT,
    PRIMARY KEY (officer_id, code_hash)
);

CREATE TABLE sessions (
    -- SHA-256 of the cookie's random token: a copy of the table opens no session.
    token_hash      TEXT    PRIMARY KEY,
    officer_id      BIGINT  NOT NULL REFERENCES officers (id) ON DELETE CASCADE,
    created_at      BIGINT  NOT NULL,
    last_seen_at    BIGINT  NOT NULL
);

CREATE INDEX sessions_by_officer ON sessions (officer_id);

-- Which officer took each step (NULL for the reporter and the scheduler).
ALTER TABLE complaint_events ADD COLUMN officer_id BIGINT  REFERENCES officers (id);
