-- What an officer searched the queue for, behind an opaque handle: the words (often a reporter's
-- name or number) never travel in a URL, so they stay out of browser history and proxy logs. Kept
-- a day at most, and only for the officer who searched (app/src/storage/desk.rs).
CREATE TABLE desk_searches (
    handle          TEXT    PRIMARY KEY,
    officer_id      BIGINT  NOT NULL REFERENCES officers (id) ON DELETE CASCADE,
    words           TEXT    NOT NULL,
    created_at      BIGINT  NOT NULL
);
