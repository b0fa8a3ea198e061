-- A database written by a newer Herald: schema version 999 recorded, in WAL mode as Herald writes them.
PRAGMA journal_mode=WAL;
CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL);
INSERT INTO schema_migrations (version, name, applied_at) VALUES (1, '0001_initial.sql', '2026-01-02T03:04:05.678Z');
INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, '0999_future.sql', '2031-01-02T03:04:05.678Z');
CREATE TABLE people (id INTEGER PRIMARY KEY, name TEXT NOT NULL, email TEXT NOT NULL DEFAULT '', roles TEXT NOT NULL DEFAULT '', pronouns TEXT NOT NULL DEFAULT '');
INSERT INTO people (id, name) VALUES (1, 'Someone From The Future');
