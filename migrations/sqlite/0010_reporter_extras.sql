-- What the reporter adds after filing: a photo with a rejection belongs to that timeline entry
-- (the filing's photos have none), and a request to remove personal details they put in the text
-- by mistake. The desk answers a request with a public version of the title and text; the
-- original stays in `title` and `content`, for officers only.

ALTER TABLE complaint_photos ADD COLUMN event_id INTEGER REFERENCES complaint_events (id);

ALTER TABLE complaints ADD COLUMN public_title TEXT;
ALTER TABLE complaints ADD COLUMN public_content TEXT;

CREATE TABLE redaction_requests (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    complaint_id    INTEGER NOT NULL REFERENCES complaints (id) ON DELETE CASCADE,
    requested_at    BIGINT  NOT NULL,
    -- What the reporter wants removed, in their words: it may quote personal data, so only
    -- officers of the main desk read it, and it is never logged.
    note            TEXT    NOT NULL,
    handled_at      BIGINT,
    handled_by      INTEGER REFERENCES officers (id)
);

CREATE INDEX redaction_requests_open ON redaction_requests (complaint_id, handled_at);
