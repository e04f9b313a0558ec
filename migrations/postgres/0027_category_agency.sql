-- A category's default agency: the dispatch form offers it first for complaints of that
-- category (Surabaya's SOP step 3: the desk forwards to the agency the matter belongs to).
-- Empty: the desk chooses every time.
ALTER TABLE categories ADD COLUMN default_agency TEXT REFERENCES agencies (code);
