-- When the desk entered a complaint that came by another channel (a call, a WhatsApp message, a
-- letter) and said when it arrived: created_at is the arrival, this the entry. The SOP's intake
-- row is timed between the two. NULL for complaints filed as they arrived.

ALTER TABLE complaints ADD COLUMN entered_at BIGINT;
