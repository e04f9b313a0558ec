-- Citizens who follow someone else's open public complaint ("already reported? follow it")
-- instead of filing it again: they hear when it moves on.

CREATE TABLE followers (
    id              BIGSERIAL PRIMARY KEY,
    complaint_id    BIGINT  NOT NULL REFERENCES complaints (id) ON DELETE CASCADE,
    transport       TEXT    NOT NULL,
    -- E-mail address or phone number: personal data, never logged or shown.
    recipient       TEXT    NOT NULL,
    locale          TEXT    NOT NULL,
    created_at      BIGINT  NOT NULL,
    UNIQUE (complaint_id, recipient)
);
