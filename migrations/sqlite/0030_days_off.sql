-- The office calendar's days off, which working-day standards and office hours skip: the
-- national holidays and collective leave of each year's decree (for every profile: profile_id
-- is empty) and a profile's own regional holidays. `day` is YYYY-MM-DD. The decree shipped with
-- the portal is written in once, at the first start (app::storage::days_off::seed_shipped).

CREATE TABLE days_off (
    day         TEXT    NOT NULL,
    profile_id  TEXT    NOT NULL DEFAULT '',
    kind        TEXT    NOT NULL,
    name        TEXT    NOT NULL,
    changed_at  BIGINT  NOT NULL,
    PRIMARY KEY (day, profile_id)
);
