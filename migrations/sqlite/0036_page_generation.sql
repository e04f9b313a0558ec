-- The generation of what the public pages show (`page_generation`): every write to a table a
-- citizen's page reads from (complaints and their events, photos and revisions, the desk's lists,
-- the SOP profiles, days off, the desk's settings, followers, redaction requests, the daily
-- statistics) adds one, in the same transaction, so the server's page cache
-- (`server::page_cache`) never serves a page rendered before a change, whichever instance made
-- it. Tables no public page reads (sessions, rate limits, the outbox, officers, ...) are left out:
-- their writes are frequent and change nothing a stranger sees.

CREATE TABLE page_generation (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    generation INTEGER NOT NULL
);
INSERT INTO page_generation (id, generation) VALUES (1, 0);

CREATE TRIGGER agencies_insert_pages AFTER INSERT ON agencies
BEGIN UPDATE page_generation SET generation = generation + 1 WHERE id = 1; END;

CREATE TRIGGER agencies_update_pages AFTER UPDATE ON agencies
BEGIN UPDATE page_generation SET generation = generation + 1 WHERE id = 1; END;

CREATE TRIGGER agencies_delete_pages AFTER DELETE ON agencies
BEGIN UPDATE page_generation SET generation = generation + 1 WHERE id = 1; END;

CREATE TRIGGER categories_insert_pages AFTER INSERT ON categories
BEGIN UPDATE page_generation SET generation = generation + 1 WHERE id = 1; END;

CREATE TRIGGER categories_update_pages AFTER UPDATE ON categories
BEGIN UPDATE page_generation SET generation = generation + 1 WHERE id = 1; END;

CREATE TRIGGER categories_delete_pages AFTER DELETE ON categories
BEGIN UPDATE page_generation SET generation = generation + 1 WHERE id = 1; END;

CREATE TRIGGER complaint_events_insert_pages AFTER INSERT ON complaint_events
BEGIN UPDATE page_generation SET generation = generation + 1 WHERE id = 1; END;

CREATE TRIGGER complaint_events_update_pages AFTER UPDATE ON complaint_events
BEGIN UPDATE page_generation SET generation = generation + 1 WHERE id = 1; END;

CREATE TRIGGER complaint_events_delete_pages AFTER DELETE ON complaint_events
BEGIN UPDATE page_generation SET generation = generation + 1 WHERE id = 1; END;

CREATE TRIGGER complaint_photos_insert_pages AFTER INSERT ON complaint_photos
BEGIN UPDATE page_generation SET generation = generation + 1 WHERE id = 1; END;

CREATE TRIGGER complaint_photos_update_pages AFTER UPDATE ON complaint_photos
BEGIN UPDATE page_generation SET generation = generation + 1 WHERE id = 1; END;

CREATE TRIGGER complaint_photos_delete_pages AFTER DELETE ON complaint_photos
BEGIN UPDATE page_generation SET generation = generation + 1 WHERE id = 1; END;

CREATE TRIGGER complaint_revisions_insert_pages AFTER INSERT ON complaint_revisions
BEGIN UPDATE page_generation SET generation = generation + 1 WHERE id = 1; END;

CREATE TRIGGER complaint_revisions_update_pages AFTER UPDATE ON complaint_revisions
BEGIN UPDATE page_generation SET generation = generation + 1 WHERE id = 1; END;

CREATE TRIGGER complaint_revisions_delete_pages AFTER DELETE ON complaint_revisions
BEGIN UPDATE page_generation SET generation = generation + 1 WHERE id = 1; END;

CREATE TRIGGER complaints_insert_pages AFTER INSERT ON complaints
BEGIN UPDATE page_generation SET generation = generation + 1 WHERE id = 1; END;

CREATE TRIGGER complaints_update_pages AFTER UPDATE ON complaints
BEGIN UPDATE page_generation SET generation = generation + 1 WHERE id = 1; END;

CREATE TRIGGER complaints_delete_pages AFTER DELETE ON complaints
BEGIN UPDATE page_generation SET generation = generation + 1 WHERE id = 1; END;

CREATE TRIGGER days_off_insert_pages AFTER INSERT ON days_off
BEGIN UPDATE page_generation SET generation = generation + 1 WHERE id = 1; END;

CREATE TRIGGER days_off_update_pages AFTER UPDATE ON days_off
BEGIN UPDATE page_generation SET generation = generation + 1 WHERE id = 1; END;

CREATE TRIGGER days_off_delete_pages AFTER DELETE ON days_off
BEGIN UPDATE page_generation SET generation = generation + 1 WHERE id = 1; END;

CREATE TRIGGER desk_settings_insert_pages AFTER INSERT ON desk_settings
BEGIN UPDATE page_generation SET generation = generation + 1 WHERE id = 1; END;

CREATE TRIGGER desk_settings_update_pages AFTER UPDATE ON desk_settings
BEGIN UPDATE page_generation SET generation = generation + 1 WHERE id = 1; END;

CREATE TRIGGER desk_settings_delete_pages AFTER DELETE ON desk_settings
BEGIN UPDATE page_generation SET generation = generation + 1 WHERE id = 1; END;

CREATE TRIGGER districts_insert_pages AFTER INSERT ON districts
BEGIN UPDATE page_generation SET generation = generation + 1 WHERE id = 1; END;

CREATE TRIGGER districts_update_pages AFTER UPDATE ON districts
BEGIN UPDATE page_generation SET generation = generation + 1 WHERE id = 1; END;

CREATE TRIGGER districts_delete_pages AFTER DELETE ON districts
BEGIN UPDATE page_generation SET generation = generation + 1 WHERE id = 1; END;

CREATE TRIGGER followers_insert_pages AFTER INSERT ON followers
BEGIN UPDATE page_generation SET generation = generation + 1 WHERE id = 1; END;

CREATE TRIGGER followers_update_pages AFTER UPDATE ON followers
BEGIN UPDATE page_generation SET generation = generation + 1 WHERE id = 1; END;

CREATE TRIGGER followers_delete_pages AFTER DELETE ON followers
BEGIN UPDATE page_generation SET generation = generation + 1 WHERE id = 1; END;

CREATE TRIGGER redaction_requests_insert_pages AFTER INSERT ON redaction_requests
BEGIN UPDATE page_generation SET generation = generation + 1 WHERE id = 1; END;

CREATE TRIGGER redaction_requests_update_pages AFTER UPDATE ON redaction_requests
BEGIN UPDATE page_generation SET generation = generation + 1 WHERE id = 1; END;

CREATE TRIGGER redaction_requests_delete_pages AFTER DELETE ON redaction_requests
BEGIN UPDATE page_generation SET generation = generation + 1 WHERE id = 1; END;

CREATE TRIGGER sop_profiles_insert_pages AFTER INSERT ON sop_profiles
BEGIN UPDATE page_generation SET generation = generation + 1 WHERE id = 1; END;

CREATE TRIGGER sop_profiles_update_pages AFTER UPDATE ON sop_profiles
BEGIN UPDATE page_generation SET generation = generation + 1 WHERE id = 1; END;

CREATE TRIGGER sop_profiles_delete_pages AFTER DELETE ON sop_profiles
BEGIN UPDATE page_generation SET generation = generation + 1 WHERE id = 1; END;

CREATE TRIGGER stats_daily_insert_pages AFTER INSERT ON stats_daily
BEGIN UPDATE page_generation SET generation = generation + 1 WHERE id = 1; END;

CREATE TRIGGER stats_daily_update_pages AFTER UPDATE ON stats_daily
BEGIN UPDATE page_generation SET generation = generation + 1 WHERE id = 1; END;

CREATE TRIGGER stats_daily_delete_pages AFTER DELETE ON stats_daily
BEGIN UPDATE page_generation SET generation = generation + 1 WHERE id = 1; END;

CREATE TRIGGER villages_insert_pages AFTER INSERT ON villages
BEGIN UPDATE page_generation SET generation = generation + 1 WHERE id = 1; END;

CREATE TRIGGER villages_update_pages AFTER UPDATE ON villages
BEGIN UPDATE page_generation SET generation = generation + 1 WHERE id = 1; END;

CREATE TRIGGER villages_delete_pages AFTER DELETE ON villages
BEGIN UPDATE page_generation SET generation = generation + 1 WHERE id = 1; END;
