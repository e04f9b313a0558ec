-- The reporter's loop: when the current status began (its SOP clock), how often the reporter
-- reopened the complaint, and the rating and comment they left when confirming.

ALTER TABLE complaints ADD COLUMN status_since BIGINT NOT NULL DEFAULT 0;
UPDATE complaints SET status_since = updated_at;
ALTER TABLE complaints ADD COLUMN reopen_count BIGINT  NOT NULL DEFAULT 0;
ALTER TABLE complaints ADD COLUMN rating BIGINT ;
ALTER TABLE complaints ADD COLUMN feedback TEXT;
