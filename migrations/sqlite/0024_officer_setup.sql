-- An account the system administrator makes starts without a password or second factor: only a
-- one-time set-up code (its keyed hash here, valid until setup_expires_at) that the officer types
-- at /petugas/siapkan to choose their own password and enrol their own authenticator. The
-- administrator never learns either. An officer renewing both gets a code the same way.
-- pending_totp_sealed holds the new authenticator key between the two steps of the set-up.
ALTER TABLE officers ADD COLUMN setup_code_hash TEXT;
ALTER TABLE officers ADD COLUMN setup_expires_at BIGINT;
ALTER TABLE officers ADD COLUMN pending_totp_sealed BLOB;
