-- The reporter's request to erase their personal data (UU 27/2022), made once per complaint from
-- the tracking page, and the main desk's decision (app::domain::erasure). A complaint still open is
-- on legal hold: an approved request is carried out the moment it is finished, by the same
-- anonymisation the retention period ends in (app::services::retention).
CREATE TABLE erasure_requests (
    complaint_id    BIGINT PRIMARY KEY REFERENCES complaints (id),
    requested_at    BIGINT  NOT NULL,
    -- Why, in the reporter's words (may quote personal data: the main desk only reads it).
    reason          TEXT,
    decided_at      BIGINT,
    -- 'approved' or 'refused'.
    decision        TEXT,
    decided_by      BIGINT  REFERENCES officers (id),
    -- Why it was refused, for the reporter.
    answer          TEXT
);

CREATE INDEX erasure_requests_pending ON erasure_requests (decided_at, requested_at);
