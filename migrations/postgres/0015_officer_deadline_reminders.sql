-- Where an officer hears that a complaint's SOP deadline nears or has passed (Surabaya's step 8).
-- Optional: an officer without an address sees deadlines on the desk only. The reminders
-- themselves go in `reminders` (kinds `officer_due_soon`, `officer_overdue`).

ALTER TABLE officers ADD COLUMN email TEXT;
