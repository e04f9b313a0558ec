-- The SOP profiles a region keeps as TOML documents (app::domain::sop::ProfileDocument): every
-- change is a new version of its id, the earlier ones kept. `source` is 'shipped' for the
-- portal's own (written in at start, app::storage::sop_profiles::seed_shipped) and 'imported'
-- for a region's.

CREATE TABLE sop_profiles (
    id          TEXT    NOT NULL,
    version     BIGINT  NOT NULL,
    document    TEXT    NOT NULL,
    source      TEXT    NOT NULL,
    created_at  BIGINT  NOT NULL,
    PRIMARY KEY (id, version)
);
