-- Every time an officer of the main desk reveals a reporter's whole NIK: who, which complaint,
-- when. Append-only.

CREATE TABLE nik_reveals (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    officer_id      INTEGER NOT NULL REFERENCES officers (id),
    complaint_id    INTEGER NOT NULL REFERENCES complaints (id) ON DELETE CASCADE,
    at              BIGINT  NOT NULL
);

CREATE INDEX nik_reveals_by_complaint ON nik_reveals (complaint_id, at);
