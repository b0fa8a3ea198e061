-- Herald schema version 7: each row in flight says which dispatcher is sending it.

-- Several processes may dispatch from one database (the GUI, a runbook's herald-cli dispatch).
-- A row in flight belongs to the dispatcher that claimed it; another takes it back only once
-- that dispatcher is known to be gone (its lock file is no longer held, see OutboxOwner).
-- Rows claimed before this version have no owner and count as left by a finished run.
ALTER TABLE deliveries ADD COLUMN claimed_by TEXT;
