-- The SOP profile version a complaint was filed under (sop_profiles' id and version): its
-- deadlines stay that version's when the desk changes or replaces the profile. NULL for the
-- complaints filed before versions were kept: they follow the profile in force.

ALTER TABLE complaints ADD COLUMN sop_profile TEXT;
ALTER TABLE complaints ADD COLUMN sop_version BIGINT;
