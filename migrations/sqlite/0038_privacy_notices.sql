-- The privacy notice (app::domain::privacy) in versions: every change the system administrator
-- publishes is a new row, the earlier ones kept, so what each reporter accepted can be read
-- again. Version 1 is the portal's own, written at start for the SOP profile's office.
CREATE TABLE privacy_notices (
    version         BIGINT  PRIMARY KEY,
    controller      TEXT    NOT NULL,
    purpose_id      TEXT    NOT NULL,
    purpose_en      TEXT    NOT NULL,
    dpo_contact     TEXT    NOT NULL,
    published_at    BIGINT  NOT NULL,
    -- The administrator who published it; NULL for the portal's own.
    published_by    BIGINT  REFERENCES officers (id)
);

-- The notice version the reporter accepted when filing (NULL for complaints filed before).
ALTER TABLE complaints ADD COLUMN privacy_notice_version BIGINT;

-- The filing form and /privasi show the notice: a new version changes those pages.
CREATE TRIGGER privacy_notices_insert_pages AFTER INSERT ON privacy_notices
BEGIN UPDATE page_generation SET generation = generation + 1 WHERE id = 1; END;
