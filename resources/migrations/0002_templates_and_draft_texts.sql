-- Herald schema version 2: templates people write in the app, and draft text edited per draft.

-- Every saved version of a template is kept: a draft records the version it started from.
CREATE TABLE templates (
    id TEXT NOT NULL,
    version INTEGER NOT NULL,
    source TEXT NOT NULL, -- the template file's text (YAML), exactly as imported or edited
    author_id INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0, -- 1 on the version that deleted it
    PRIMARY KEY (id, version)
);

-- The template texts a draft's author changed, by part ("body", "subject", a channel key):
-- JSON object; parts not in it come from the template.
ALTER TABLE draft_revisions ADD COLUMN texts TEXT NOT NULL DEFAULT '{}';
