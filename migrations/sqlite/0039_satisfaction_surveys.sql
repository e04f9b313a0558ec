-- The public satisfaction survey (SKM, PermenPANRB 14/2017; app::domain::satisfaction): a
-- reporter whose complaint was answered and closed answers it once.
--
-- No single answer is kept: `satisfaction_surveyed` says which complaints answered (so each
-- answers once), and the scores are added to their agency's tally of the month they were given in
-- (the desk's time zone), which is all the index needs: how many answered, and each element's sum.
CREATE TABLE satisfaction_surveyed (
    complaint_id    INTEGER PRIMARY KEY REFERENCES complaints (id),
    at              BIGINT  NOT NULL
);

CREATE TABLE satisfaction_tallies (
    -- The agency (OPD) that handled the complaints; empty when none did.
    agency          TEXT    NOT NULL,
    -- YYYY-MM.
    month           TEXT    NOT NULL,
    respondents     BIGINT  NOT NULL,
    -- Each element's scores (1-4) added up, U1 to U9.
    s1              BIGINT  NOT NULL,
    s2              BIGINT  NOT NULL,
    s3              BIGINT  NOT NULL,
    s4              BIGINT  NOT NULL,
    s5              BIGINT  NOT NULL,
    s6              BIGINT  NOT NULL,
    s7              BIGINT  NOT NULL,
    s8              BIGINT  NOT NULL,
    s9              BIGINT  NOT NULL,
    PRIMARY KEY (agency, month)
);
