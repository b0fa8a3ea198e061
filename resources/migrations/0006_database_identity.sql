-- Herald schema version 6: each database knows which one it is.

-- Endpoint ids start at 1 in every database, so credentials in the system keychain are keyed by
-- this id as well: a test or demo database must never read or overwrite another's secrets.
-- A copy or backup of the file keeps the id, so a restored database finds its credentials.
CREATE TABLE database_identity (
    singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
    id TEXT NOT NULL
);
INSERT INTO database_identity (singleton, id) VALUES (1, lower(hex(randomblob(16))));
