-- Herald schema version 1. Portable SQL: the same statements run on SQLite and PostgreSQL.
-- Timestamps are ISO 8601 UTC text with milliseconds; booleans are 0/1 integers.

CREATE TABLE people (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    email TEXT NOT NULL DEFAULT '',
    roles TEXT NOT NULL DEFAULT '' -- comma-separated role keys
);

CREATE TABLE incidents (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    kind TEXT NOT NULL,
    severity TEXT NOT NULL,
    status TEXT NOT NULL,
    drill INTEGER NOT NULL DEFAULT 0,
    started_at TEXT NOT NULL,
    resolved_at TEXT,
    created_at TEXT NOT NULL
);

CREATE TABLE incident_components (
    incident_id INTEGER NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    impact TEXT NOT NULL,
    PRIMARY KEY (incident_id, position)
);

CREATE TABLE incident_roles (
    incident_id INTEGER NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
    role TEXT NOT NULL,
    person_id INTEGER NOT NULL REFERENCES people(id),
    PRIMARY KEY (incident_id, role)
);

CREATE TABLE drafts (
    id INTEGER PRIMARY KEY,
    incident_id INTEGER NOT NULL REFERENCES incidents(id),
    template_id TEXT NOT NULL,
    template_version INTEGER NOT NULL,
    state TEXT NOT NULL,
    author_id INTEGER NOT NULL REFERENCES people(id),
    channels TEXT NOT NULL, -- comma-separated channel keys
    revision INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX drafts_by_incident ON drafts(incident_id);

CREATE TABLE draft_revisions (
    id INTEGER PRIMARY KEY,
    draft_id INTEGER NOT NULL REFERENCES drafts(id),
    number INTEGER NOT NULL,
    variables TEXT NOT NULL, -- JSON object
    author_id INTEGER NOT NULL REFERENCES people(id),
    created_at TEXT NOT NULL,
    UNIQUE (draft_id, number)
);

CREATE TABLE approvals (
    id INTEGER PRIMARY KEY,
    draft_id INTEGER NOT NULL REFERENCES drafts(id),
    revision INTEGER NOT NULL,
    content_hash TEXT NOT NULL,
    approver_id INTEGER NOT NULL REFERENCES people(id),
    comment TEXT NOT NULL DEFAULT '',
    approved_at TEXT NOT NULL,
    voided INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX approvals_by_draft ON approvals(draft_id);

CREATE TABLE channel_endpoints (
    id INTEGER PRIMARY KEY,
    channel TEXT NOT NULL,
    name TEXT NOT NULL,
    address TEXT NOT NULL,
    enabled INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE deliveries (
    id INTEGER PRIMARY KEY,
    draft_id INTEGER NOT NULL REFERENCES drafts(id),
    incident_id INTEGER NOT NULL REFERENCES incidents(id),
    revision INTEGER NOT NULL,
    endpoint_id INTEGER NOT NULL REFERENCES channel_endpoints(id),
    channel TEXT NOT NULL,
    target TEXT NOT NULL,
    idempotency_key TEXT NOT NULL UNIQUE,
    payload TEXT NOT NULL,
    state TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT NOT NULL,
    last_error TEXT NOT NULL DEFAULT '',
    provider_reference TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX deliveries_due ON deliveries(state, next_attempt_at);
CREATE INDEX deliveries_by_draft ON deliveries(draft_id);

-- Append-only: the store never updates or deletes these rows; the hash chain proves it.
CREATE TABLE timeline_events (
    sequence INTEGER PRIMARY KEY,
    incident_id INTEGER NOT NULL,
    at TEXT NOT NULL,
    actor_id INTEGER NOT NULL,
    actor_name TEXT NOT NULL,
    type TEXT NOT NULL,
    summary TEXT NOT NULL,
    details TEXT NOT NULL, -- JSON object
    previous_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);
CREATE INDEX timeline_by_incident ON timeline_events(incident_id, sequence);
