-- What a complaint said before its reporter corrected it (after being returned as incomplete):
-- nothing is edited without the earlier text kept for the officers.

CREATE TABLE complaint_revisions (
    id              BIGSERIAL PRIMARY KEY,
    complaint_id    BIGINT  NOT NULL REFERENCES complaints (id) ON DELETE CASCADE,
    at              BIGINT  NOT NULL,
    title           TEXT    NOT NULL,
    content         TEXT    NOT NULL,
    address         TEXT    NOT NULL
);
