-- A Herald database as Herald 0.1 (schema version 1) wrote it, with a little data.
-- The schema is a frozen copy of resources/migrations/0001_initial.sql: it must never be edited,
-- so that opening it proves files written by schema version 1 still open (and upgrade) intact.
PRAGMA journal_mode=WAL;

CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL);

CREATE TABLE people (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    email TEXT NOT NULL DEFAULT '',
    roles TEXT NOT NULL DEFAULT ''
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
    channels TEXT NOT NULL,
    revision INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX drafts_by_incident ON drafts(incident_id);

CREATE TABLE draft_revisions (
    id INTEGER PRIMARY KEY,
    draft_id INTEGER NOT NULL REFERENCES drafts(id),
    number INTEGER NOT NULL,
    variables TEXT NOT NULL,
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

CREATE TABLE timeline_events (
    sequence INTEGER PRIMARY KEY,
    incident_id INTEGER NOT NULL,
    at TEXT NOT NULL,
    actor_id INTEGER NOT NULL,
    actor_name TEXT NOT NULL,
    type TEXT NOT NULL,
    summary TEXT NOT NULL,
    details TEXT NOT NULL,
    previous_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);
CREATE INDEX timeline_by_incident ON timeline_events(incident_id, sequence);

INSERT INTO schema_migrations (version, name, applied_at) VALUES (1, '0001_initial.sql', '2026-01-02T03:04:05.678Z');

INSERT INTO people (id, name, email, roles) VALUES (1, 'Priya Shah', 'priya.shah@example.com', 'incident_manager,approver');
INSERT INTO people (id, name, email, roles) VALUES (2, 'Alex Morgan', 'alex.morgan@example.com', 'communications_manager');

INSERT INTO incidents (id, title, kind, severity, status, drill, started_at, resolved_at, created_at)
    VALUES (1, 'Payments API partial outage', 'incident', 'sev2', 'identified', 0, '2026-01-02T02:59:00.001Z', NULL, '2026-01-02T03:00:00.999Z');
INSERT INTO incident_components (incident_id, position, name, impact) VALUES (1, 0, 'Payments API', 'partial_outage');
INSERT INTO incident_components (incident_id, position, name, impact) VALUES (1, 1, 'Checkout', 'degraded_performance');
INSERT INTO incident_roles (incident_id, role, person_id) VALUES (1, 'incident_manager', 1);
INSERT INTO incident_roles (incident_id, role, person_id) VALUES (1, 'communications_manager', 2);
