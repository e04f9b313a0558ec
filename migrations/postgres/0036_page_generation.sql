-- The generation of what the public pages show (`page_generation`): every write to a table a
-- citizen's page reads from (complaints and their events, photos and revisions, the desk's lists,
-- the SOP profiles, days off, the desk's settings, followers, redaction requests, the daily
-- statistics) adds one, in the same transaction, so the server's page cache
-- (`server::page_cache`) never serves a page rendered before a change, whichever instance made
-- it. Tables no public page reads (sessions, rate limits, the outbox, officers, ...) are left out:
-- their writes are frequent and change nothing a stranger sees.

CREATE TABLE page_generation (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    generation BIGINT NOT NULL
);
INSERT INTO page_generation (id, generation) VALUES (1, 0);

CREATE FUNCTION bump_page_generation() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE page_generation SET generation = generation + 1 WHERE id = 1;
    RETURN NULL;
END;
$$;

CREATE TRIGGER agencies_pages AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON agencies
    FOR EACH STATEMENT EXECUTE FUNCTION bump_page_generation();

CREATE TRIGGER categories_pages AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON categories
    FOR EACH STATEMENT EXECUTE FUNCTION bump_page_generation();

CREATE TRIGGER complaint_events_pages AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON complaint_events
    FOR EACH STATEMENT EXECUTE FUNCTION bump_page_generation();

CREATE TRIGGER complaint_photos_pages AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON complaint_photos
    FOR EACH STATEMENT EXECUTE FUNCTION bump_page_generation();

CREATE TRIGGER complaint_revisions_pages AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON complaint_revisions
    FOR EACH STATEMENT EXECUTE FUNCTION bump_page_generation();

CREATE TRIGGER complaints_pages AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON complaints
    FOR EACH STATEMENT EXECUTE FUNCTION bump_page_generation();

CREATE TRIGGER days_off_pages AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON days_off
    FOR EACH STATEMENT EXECUTE FUNCTION bump_page_generation();

CREATE TRIGGER desk_settings_pages AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON desk_settings
    FOR EACH STATEMENT EXECUTE FUNCTION bump_page_generation();

CREATE TRIGGER districts_pages AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON districts
    FOR EACH STATEMENT EXECUTE FUNCTION bump_page_generation();

CREATE TRIGGER followers_pages AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON followers
    FOR EACH STATEMENT EXECUTE FUNCTION bump_page_generation();

CREATE TRIGGER redaction_requests_pages AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON redaction_requests
    FOR EACH STATEMENT EXECUTE FUNCTION bump_page_generation();

CREATE TRIGGER sop_profiles_pages AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON sop_profiles
    FOR EACH STATEMENT EXECUTE FUNCTION bump_page_generation();

CREATE TRIGGER stats_daily_pages AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON stats_daily
    FOR EACH STATEMENT EXECUTE FUNCTION bump_page_generation();

CREATE TRIGGER villages_pages AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON villages
    FOR EACH STATEMENT EXECUTE FUNCTION bump_page_generation();
