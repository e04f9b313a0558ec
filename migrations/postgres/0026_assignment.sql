-- Assignment: the officer a complaint is given to within the desk or within the agency that
-- has it ("mine" in the queue). Who assigned whom, and when, is in the timeline
-- (complaint_events, action `assign`); this column is the current holder.
ALTER TABLE complaints ADD COLUMN assignee_id BIGINT REFERENCES officers (id);
CREATE INDEX complaints_assignee ON complaints (assignee_id);
