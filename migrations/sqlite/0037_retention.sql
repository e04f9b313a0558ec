-- Retention (UU 27/2022): a finished complaint keeps its reporter's personal data for its SOP
-- profile's period (app::domain::sop::Retention), then the scheduler anonymises it
-- (app::services::retention). `anonymised_at` marks it; `anonymisations` records, once per
-- complaint, when and what was removed: its primary key is what makes the step happen once when
-- two instances' schedulers meet on one complaint.
ALTER TABLE complaints ADD COLUMN anonymised_at BIGINT;

CREATE TABLE anonymisations (
    complaint_id    BIGINT  PRIMARY KEY REFERENCES complaints (id),
    at              BIGINT  NOT NULL,
    -- The kinds of data removed, comma-separated codes (name, nik, phone, ...): never the data.
    removed         TEXT    NOT NULL,
    photos_deleted  INTEGER NOT NULL
);

-- Photo files to delete from the blob store once no photo row names them: written in the
-- anonymisation's transaction, deleted after it (a file shared by two complaints stays).
CREATE TABLE blob_deletions (
    storage_key     TEXT    PRIMARY KEY,
    queued_at       BIGINT  NOT NULL
);

CREATE INDEX complaints_for_retention ON complaints (anonymised_at, status_since);

-- Whether any photo still names a file queued for deletion.
CREATE INDEX complaint_photos_by_storage_key ON complaint_photos (storage_key);
CREATE INDEX complaint_photos_by_public_key ON complaint_photos (public_key);
