-- Has no tables, so Herald takes it for an empty database and starts migrating it, but it holds a
-- view with the name of an index of migration 0001: that CREATE INDEX fails halfway through the
-- migration, which must then roll back completely.
PRAGMA journal_mode=WAL;
CREATE VIEW drafts_by_incident AS SELECT 1 AS one;
