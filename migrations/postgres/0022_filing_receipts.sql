-- A filing's receipt, for the same browser's retry when the first answer never reached it: the
-- same tracking code and PIN again, for a few minutes, never a new PIN. The PIN is sealed under
-- the server's key; the row is deleted once stale (app/src/storage/complaints.rs).
CREATE TABLE filing_receipts (
    complaint_id    BIGINT  PRIMARY KEY REFERENCES complaints (id),
    sealed_pin      BYTEA    NOT NULL,
    expires_at      BIGINT  NOT NULL
);

-- From now on complaints keep only a keyed hash of the browser's submission key (a copy of the
-- database must not let anyone replay a filing). The raw keys of earlier web filings go: their
-- retries are long over. Open311 tokens (filed with an API key) are public handles, kept as they are.
UPDATE complaints SET submission_key = NULL WHERE api_key_id IS NULL;
