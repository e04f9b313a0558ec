-- The districts (kecamatan) of the seed region, Kabupaten Trenggalek, by approximate centroid: a
-- complaint counts in the district nearest its location (within 15 km). The system administrator
-- replaces them with the desk's own region.
CREATE TABLE districts (
    code        TEXT    PRIMARY KEY,
    name        TEXT    NOT NULL,
    latitude    DOUBLE PRECISION NOT NULL,
    longitude   DOUBLE PRECISION NOT NULL
);

INSERT INTO districts (code, name, latitude, longitude) VALUES
    ('trenggalek', 'Trenggalek', -8.050, 111.710),
    ('pogalan', 'Pogalan', -8.090, 111.760),
    ('durenan', 'Durenan', -8.110, 111.800),
    ('gandusari', 'Gandusari', -8.120, 111.700),
    ('karangan', 'Karangan', -8.060, 111.650),
    ('tugu', 'Tugu', -8.030, 111.610),
    ('pule', 'Pule', -7.990, 111.600),
    ('suruh', 'Suruh', -8.000, 111.700),
    ('bendungan', 'Bendungan', -7.960, 111.740),
    ('kampak', 'Kampak', -8.170, 111.620),
    ('dongko', 'Dongko', -8.200, 111.550),
    ('munjungan', 'Munjungan', -8.280, 111.580),
    ('panggul', 'Panggul', -8.250, 111.450),
    ('watulimo', 'Watulimo', -8.260, 111.720);

-- What the statistics count a complaint by, fixed when it happens: the desk's local date of
-- filing, the district, when an officer first acted and the first answer was validated, and when
-- the step it waits on falls due.
ALTER TABLE complaints ADD COLUMN filed_on TEXT;
ALTER TABLE complaints ADD COLUMN district TEXT;
ALTER TABLE complaints ADD COLUMN first_response_at BIGINT;
ALTER TABLE complaints ADD COLUMN answered_at BIGINT;
-- When the step of the current status falls due (NULL: no step or no time standard).
ALTER TABLE complaints ADD COLUMN step_due_at BIGINT;
-- Existing complaints: their date in WIB (UTC+7), the default time zone.
UPDATE complaints SET filed_on = to_char(to_timestamp(created_at / 1000.0) AT TIME ZONE 'UTC' + INTERVAL '7 hours', 'YYYY-MM-DD');

-- Daily tallies kept in step with every filing and every transition (app/src/domain/statistics.rs):
-- a year of statistics sums a few hundred rows a day, however many complaints there are.
CREATE TABLE stats_daily (
    day         TEXT    NOT NULL,
    dimension   TEXT    NOT NULL,
    key         TEXT    NOT NULL,
    n           BIGINT  NOT NULL,
    PRIMARY KEY (day, dimension, key)
);

CREATE INDEX stats_daily_by_dimension ON stats_daily (dimension, day);

-- The complaints already filed (counted from here on as they change).
INSERT INTO stats_daily (day, dimension, key, n)
SELECT filed_on, 'status', status, COUNT(*) FROM complaints GROUP BY filed_on, status;
INSERT INTO stats_daily (day, dimension, key, n)
SELECT filed_on, 'category', COALESCE(category, ''), COUNT(*) FROM complaints
GROUP BY filed_on, COALESCE(category, '');
INSERT INTO stats_daily (day, dimension, key, n)
SELECT filed_on, 'agency', COALESCE(agency, ''), COUNT(*) FROM complaints
GROUP BY filed_on, COALESCE(agency, '');
INSERT INTO stats_daily (day, dimension, key, n)
SELECT filed_on, 'channel', channel, COUNT(*) FROM complaints GROUP BY filed_on, channel;
INSERT INTO stats_daily (day, dimension, key, n)
SELECT filed_on, 'district', '', COUNT(*) FROM complaints GROUP BY filed_on;
INSERT INTO stats_daily (day, dimension, key, n)
SELECT filed_on, 'reopened', '1', COUNT(*) FROM complaints WHERE reopen_count > 0 GROUP BY filed_on;
INSERT INTO stats_daily (day, dimension, key, n)
SELECT filed_on, 'rating', CAST(rating AS TEXT), COUNT(*) FROM complaints WHERE rating IS NOT NULL
GROUP BY filed_on, CAST(rating AS TEXT);

-- The public list of complaints, newest first.
CREATE INDEX complaints_by_filing ON complaints (created_at);

-- The desk's daily report: the day's steps, and the complaints past their step's deadline.
CREATE INDEX complaint_events_by_time ON complaint_events (at);
CREATE INDEX complaints_by_step_due ON complaints (step_due_at);
