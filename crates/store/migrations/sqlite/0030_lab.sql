-- The policy lab (issue 15, items 2 and 3): what was started from a barrier (a theme proposal
-- or an application), and the lab's investigations with their barriers, participants and
-- activity log.

-- A theme proposal or an application started from a barrier, so that the barrier's page
-- shows it and the lab can propose the experiment with that link.
CREATE TABLE barrier_starts (
    barrier_id BIGINT NOT NULL REFERENCES barriers (id) ON DELETE CASCADE,
    kind       TEXT NOT NULL CHECK (kind IN ('proposal', 'application')),
    target_id  BIGINT NOT NULL,
    started_by BIGINT REFERENCES users (id),
    started_at TEXT NOT NULL,
    PRIMARY KEY (barrier_id, kind, target_id)
);
CREATE INDEX barrier_starts_target ON barrier_starts (kind, target_id);

CREATE TABLE investigations (
    id              INTEGER PRIMARY KEY,
    title           TEXT NOT NULL,
    hypothesis      TEXT NOT NULL,
    status          TEXT NOT NULL CHECK (status IN ('open', 'concluded')),
    conclusion_kind TEXT CHECK (conclusion_kind IN ('guidance', 'rule_change', 'experiment')),
    conclusion      TEXT,
    experiment_kind TEXT CHECK (experiment_kind IN ('proposal', 'scheme', 'application')),
    experiment_id   BIGINT,
    created_by      BIGINT REFERENCES users (id),
    created_at      TEXT NOT NULL,
    concluded_at    TEXT,
    updated_at      TEXT NOT NULL,
    CHECK ((status = 'concluded') = (conclusion_kind IS NOT NULL)),
    CHECK ((experiment_kind IS NULL) = (experiment_id IS NULL))
);
CREATE INDEX investigations_status ON investigations (status, id);

CREATE TABLE investigation_barriers (
    investigation_id BIGINT NOT NULL REFERENCES investigations (id) ON DELETE CASCADE,
    barrier_id       BIGINT NOT NULL REFERENCES barriers (id),
    PRIMARY KEY (investigation_id, barrier_id)
);
CREATE INDEX investigation_barriers_barrier ON investigation_barriers (barrier_id);

-- A participant: an organisation of the registry, or an agency named in words.
CREATE TABLE investigation_participants (
    id               INTEGER PRIMARY KEY,
    investigation_id BIGINT NOT NULL REFERENCES investigations (id) ON DELETE CASCADE,
    organisation_id  BIGINT REFERENCES organisations (id),
    name             TEXT,
    CHECK ((organisation_id IS NULL) <> (name IS NULL))
);
CREATE INDEX investigation_participants_investigation ON investigation_participants (investigation_id);

-- The activity log: appended to, never changed (a correction is a new entry).
CREATE TABLE investigation_activities (
    id               INTEGER PRIMARY KEY,
    investigation_id BIGINT NOT NULL REFERENCES investigations (id) ON DELETE CASCADE,
    happened_on      TEXT NOT NULL,
    kind             TEXT NOT NULL CHECK (kind IN ('meeting', 'workshop', 'interview',
        'document_review', 'correction')),
    note             TEXT NOT NULL,
    actor_id         BIGINT REFERENCES users (id),
    at               TEXT NOT NULL
);
CREATE INDEX investigation_activities_investigation ON investigation_activities (investigation_id, id);
CREATE TRIGGER investigation_activities_no_update BEFORE UPDATE ON investigation_activities
BEGIN
    SELECT RAISE(ABORT, 'the activity log is append-only');
END;
