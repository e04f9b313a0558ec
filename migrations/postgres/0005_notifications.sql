-- Telling the reporter: the language they filed in, an outbox written in the same transaction as
-- each status change they should hear about, every delivery attempt, and the reminders sent
-- while a complaint waits for their confirmation (one per wait, whatever restarts happen).

ALTER TABLE complaints ADD COLUMN locale TEXT NOT NULL DEFAULT 'id';

CREATE TABLE outbox (
    id              BIGSERIAL PRIMARY KEY,
    complaint_id    BIGINT  NOT NULL REFERENCES complaints (id) ON DELETE CASCADE,
    -- 'email' or 'webhook' (a WhatsApp/SMS gateway); the recipient is personal data, never logged.
    transport       TEXT    NOT NULL,
    recipient       TEXT    NOT NULL,
    locale          TEXT    NOT NULL,
    subject         TEXT    NOT NULL,
    body            TEXT    NOT NULL,
    created_at      BIGINT  NOT NULL,
    next_attempt_at BIGINT  NOT NULL,
    -- A sender's lease: another instance leaves the message alone until it runs out.
    claimed_until   BIGINT,
    attempts        BIGINT  NOT NULL DEFAULT 0,
    delivered_at    BIGINT,
    failed_at       BIGINT
);

CREATE INDEX outbox_due ON outbox (delivered_at, failed_at, next_attempt_at);

CREATE TABLE outbox_attempts (
    id              BIGSERIAL PRIMARY KEY,
    outbox_id       BIGINT  NOT NULL REFERENCES outbox (id) ON DELETE CASCADE,
    at              BIGINT  NOT NULL,
    ok              BIGINT  NOT NULL,
    error           TEXT
);

CREATE TABLE reminders (
    complaint_id    BIGINT  NOT NULL REFERENCES complaints (id) ON DELETE CASCADE,
    kind            TEXT    NOT NULL,
    -- When the wait began (the complaint's status_since): a reopened complaint waits again.
    cycle_start     BIGINT  NOT NULL,
    sent_at         BIGINT  NOT NULL,
    PRIMARY KEY (complaint_id, kind, cycle_start)
);
