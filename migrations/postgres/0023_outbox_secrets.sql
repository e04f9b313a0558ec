-- A message that must carry a secret (the PIN of a complaint the main desk entered for a reporter
-- who came by WhatsApp, SMS or telephone) keeps it sealed under the server's key beside a
-- placeholder in its body, is sent with the secret put in, and loses the secret once delivered
-- or given up: no PIN stays in the outbox (app/src/storage/outbox.rs, app/src/notify.rs).
ALTER TABLE outbox ADD COLUMN sealed_secret BYTEA;
