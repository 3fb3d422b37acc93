-- Keeping the law catalogue current from the official sources (issue 16, item 4): the
-- catalogue's version, bumped by every import that changed something, so that each
-- server's search index can follow it; what each source answered last (for conditional
-- requests); each run's outcome; and the lease that lets one server at a time sync.

CREATE TABLE law_catalogue (
    id      INTEGER PRIMARY KEY CHECK (id = 1),
    version BIGINT NOT NULL
);
INSERT INTO law_catalogue (id, version) VALUES (1, 0);

-- Validators are kept per address: a source may publish several files.
CREATE TABLE law_sync_validators (
    url           TEXT PRIMARY KEY,
    etag          TEXT,
    last_modified TEXT,
    updated_at    TEXT NOT NULL
);

CREATE TABLE law_sync_runs (
    id          INTEGER PRIMARY KEY,
    source      TEXT NOT NULL,
    started_at  TEXT NOT NULL,
    finished_at TEXT,
    outcome     TEXT NOT NULL CHECK (outcome IN ('running', 'imported', 'unchanged', 'failed')),
    fetched     BIGINT NOT NULL DEFAULT 0,
    not_modified BIGINT NOT NULL DEFAULT 0,
    added       BIGINT NOT NULL DEFAULT 0,
    updated     BIGINT NOT NULL DEFAULT 0,
    unchanged   BIGINT NOT NULL DEFAULT 0,
    skipped     BIGINT NOT NULL DEFAULT 0,
    error       TEXT
);
CREATE INDEX law_sync_runs_started ON law_sync_runs (started_at DESC, id DESC);

CREATE TABLE law_sync_lease (
    name       TEXT PRIMARY KEY,
    holder     TEXT NOT NULL,
    expires_at TEXT NOT NULL
);
