-- Villages (desa / kelurahan) of each district, kept by the system administrator: the desk's
-- intake places a complaint from a call, a letter or a visit by district, village and address.
CREATE TABLE villages (
    code        TEXT    PRIMARY KEY,
    district    TEXT    NOT NULL REFERENCES districts (code),
    name        TEXT    NOT NULL,
    active      INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX villages_district ON villages (district);

-- The village a complaint was placed in by the desk's intake, when it named one.
ALTER TABLE complaints ADD COLUMN village TEXT REFERENCES villages (code);
