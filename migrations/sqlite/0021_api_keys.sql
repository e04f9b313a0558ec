-- Keys for machine clients of the Open311 API (a WhatsApp gateway, another city system). Only a
-- keyed hash of each key is kept (app/src/personal_data.rs); the key itself is shown once, when
-- the system administrator creates it. A key may create complaints, or only read.
CREATE TABLE api_keys (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    name            TEXT    NOT NULL,
    key_hash        TEXT    NOT NULL UNIQUE,
    -- 'create' (file complaints, and read) or 'read'.
    scope           TEXT    NOT NULL,
    created_at      BIGINT  NOT NULL,
    revoked_at      BIGINT,
    last_used_at    BIGINT
);

-- Complaints filed through the API remember the key, for the desk and for revocation.
ALTER TABLE complaints ADD COLUMN api_key_id BIGINT REFERENCES api_keys (id);
