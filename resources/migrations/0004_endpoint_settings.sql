-- Herald schema version 4: what each endpoint needs to reach a real service.

-- The channel's own options as JSON (SMTP host and port, Twilio account, SNS region...).
-- Secrets are not among them: they live in the system keychain under the endpoint's id.
ALTER TABLE channel_endpoints ADD COLUMN settings TEXT NOT NULL DEFAULT '{}';
-- Where a delivery goes when this endpoint gives up (0: nowhere).
ALTER TABLE channel_endpoints ADD COLUMN fallback_id INTEGER NOT NULL DEFAULT 0;
-- Where drill updates go instead of the real audience; empty: drills are dry runs.
ALTER TABLE channel_endpoints ADD COLUMN sandbox_address TEXT NOT NULL DEFAULT '';
-- Requests per second at most; 0: the channel's documented limit.
ALTER TABLE channel_endpoints ADD COLUMN rate_per_second REAL NOT NULL DEFAULT 0;

-- A delivery made on a fallback endpoint points at the one that gave up.
ALTER TABLE deliveries ADD COLUMN fallback_of INTEGER NOT NULL DEFAULT 0;
