-- The outbox also carries the desk's reports to agencies (the monitoring-and-evaluation report),
-- which are about no one complaint: `complaint_id` may be NULL.
ALTER TABLE outbox ALTER COLUMN complaint_id DROP NOT NULL;
