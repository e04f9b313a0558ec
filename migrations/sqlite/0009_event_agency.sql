-- The agency a complaint was with when each step was taken: bounces (a dispatch returned as not
-- the agency's business, an answer sent back for fixing) are counted per agency from it.

ALTER TABLE complaint_events ADD COLUMN agency TEXT;
UPDATE complaint_events SET agency = (
    SELECT c.agency FROM complaints c WHERE c.id = complaint_events.complaint_id
) WHERE action IN ('return_dispatch', 'send_back');
