-- A step's clock on hold: while an agency waits for the reporter's clarification, when the clock
-- of its follow-up began (the status_since it had), so that it resumes rather than restarts.
-- NULL unless the complaint waits on such a hold.

ALTER TABLE complaints ADD COLUMN clock_held_since BIGINT;
