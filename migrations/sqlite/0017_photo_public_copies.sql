-- A photo's copy for what others see, with the areas the main desk blacked out (faces, house
-- numbers, number plates). The original stays for officers and the reporter.

ALTER TABLE complaint_photos ADD COLUMN public_key TEXT;
