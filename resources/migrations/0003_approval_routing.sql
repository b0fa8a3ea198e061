-- Herald schema version 3: proven identities, approval rules, review deadlines and emergency sends.

-- A salted PBKDF2 hash (PassphraseHash format), never the passphrase. passphrase_set_by is who
-- last set it: an approver whose passphrase an author set cannot approve that author's text.
-- login is the database role that is this person on a shared server.
ALTER TABLE people ADD COLUMN passphrase TEXT NOT NULL DEFAULT '';
ALTER TABLE people ADD COLUMN passphrase_set_by INTEGER NOT NULL DEFAULT 0;
ALTER TABLE people ADD COLUMN login TEXT NOT NULL DEFAULT '';

-- review: a person's yes; policy: no approval needed by the rules; emergency: sent before review.
-- messages is the JSON of every channel's text as approved, what the copy desk copies.
ALTER TABLE approvals ADD COLUMN kind TEXT NOT NULL DEFAULT 'review';
ALTER TABLE approvals ADD COLUMN messages TEXT NOT NULL DEFAULT '[]';

-- Every version of the approval policy (JSON); the newest applies. Changed only by an
-- administrator, and each change is also a timeline event.
CREATE TABLE approval_policies (
    version INTEGER PRIMARY KEY,
    policy TEXT NOT NULL,
    changed_by INTEGER NOT NULL,
    changed_at TEXT NOT NULL
);

-- A request for a decision on a draft: approval before sending, or the review after an
-- emergency send. Open while closed_at is NULL.
CREATE TABLE reviews (
    id INTEGER PRIMARY KEY,
    draft_id INTEGER NOT NULL REFERENCES drafts(id),
    kind TEXT NOT NULL, -- approval | after_send
    requested_by INTEGER NOT NULL,
    requested_at TEXT NOT NULL,
    due_at TEXT NOT NULL,
    escalated_to INTEGER NOT NULL DEFAULT 0,
    escalated_at TEXT,
    closed_at TEXT,
    closed_by INTEGER NOT NULL DEFAULT 0,
    outcome TEXT NOT NULL DEFAULT ''
);
CREATE INDEX reviews_open ON reviews(closed_at, due_at);
CREATE INDEX reviews_by_draft ON reviews(draft_id);
