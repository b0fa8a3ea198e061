-- Another program's SQLite database: tables of its own, no schema_migrations, and SQLite's default
-- rollback journal (not WAL), as most programs leave their files.
CREATE TABLE contacts (id INTEGER PRIMARY KEY, name TEXT NOT NULL, phone TEXT);
CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT);
INSERT INTO contacts (name, phone) VALUES ('Ada', '+44 20 7946 0000');
INSERT INTO settings (key, value) VALUES ('theme', 'dark');
