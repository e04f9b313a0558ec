-- Districts (kecamatan) kept by the system administrator: one no longer offered stays in the
-- table, so the complaints and statistics that name it keep its name, but new complaints are
-- not placed in it.
ALTER TABLE districts ADD COLUMN active INTEGER NOT NULL DEFAULT 1;
