-- Settings the system administrator changes while the desk runs, shared by every server
-- instance: for now, which SOP profile is in force (overriding the configured one).

CREATE TABLE desk_settings (
    name            TEXT    PRIMARY KEY,
    value           TEXT    NOT NULL,
    changed_at      BIGINT  NOT NULL
);
