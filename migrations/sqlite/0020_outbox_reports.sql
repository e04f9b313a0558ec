-- The outbox also carries the desk's reports to agencies (the monitoring-and-evaluation report),
-- which are about no one complaint: `complaint_id` may be NULL. SQLite cannot drop a NOT NULL in
-- place: the table is rebuilt. Dropping the old one deletes its attempts (ON DELETE CASCADE, and
-- foreign keys cannot be switched off inside the migration's transaction), so they are kept aside
-- and put back.
CREATE TABLE outbox_rebuilt (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    complaint_id    INTEGER REFERENCES complaints (id) ON DELETE CASCADE,
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
    attempts        INTEGER NOT NULL DEFAULT 0,
    delivered_at    BIGINT,
    failed_at       BIGINT
);
INSERT INTO outbox_rebuilt (id, complaint_id, transport, recipient, locale, subject, body,
    created_at, next_attempt_at, claimed_until, attempts, delivered_at, failed_at)
SELECT id, complaint_id, transport, recipient, locale, subject, body, created_at,
    next_attempt_at, claimed_until, attempts, delivered_at, failed_at FROM outbox;
CREATE TEMPORARY TABLE outbox_attempts_kept AS SELECT * FROM outbox_attempts;
DROP TABLE outbox;
ALTER TABLE outbox_rebuilt RENAME TO outbox;
CREATE INDEX outbox_due ON outbox (delivered_at, failed_at, next_attempt_at);
INSERT INTO outbox_attempts SELECT * FROM outbox_attempts_kept;
DROP TABLE outbox_attempts_kept;
