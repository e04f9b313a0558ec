-- A complaint the main desk closed as the same as another points at it; its reporter was moved
-- to the other's followers.

ALTER TABLE complaints ADD COLUMN duplicate_of BIGINT REFERENCES complaints (id);

CREATE INDEX complaints_duplicates ON complaints (duplicate_of);
