-- The fields a region's SOP asks of a complaint beyond the portal's own: the reporter's home
-- address (Cilacap) and social media account (Surabaya) are personal data, shown to the officers
-- who may see the reporter and nowhere else; the topic (Surabaya) is the desk's. NULL where the
-- profile did not ask and the filing did not give them.

ALTER TABLE complaints ADD COLUMN reporter_address TEXT;
ALTER TABLE complaints ADD COLUMN social_media_account TEXT;
ALTER TABLE complaints ADD COLUMN topic TEXT;
