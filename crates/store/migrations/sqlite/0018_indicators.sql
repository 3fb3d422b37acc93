-- Indicators measured over time (issue 13, item 2): a trial's indicators in the shape of
-- IATI results, their reporting periods with targets, and the actual reported for each
-- period with its review (draft → submitted → returned → approved). An edit of an
-- indicator keeps the definition before it as a revision; an approved actual locks its
-- period, and the triggers refuse changing or deleting it even if a caller forgot.

CREATE TABLE indicators (
    id              INTEGER PRIMARY KEY,
    trial_id        BIGINT NOT NULL REFERENCES trials (id),
    position        BIGINT NOT NULL,
    revision        BIGINT NOT NULL DEFAULT 1,
    title           TEXT NOT NULL,
    description     TEXT NOT NULL,
    measure         TEXT NOT NULL CHECK (measure IN
        ('unit', 'percentage', 'nominal', 'ordinal', 'qualitative')),
    unit            TEXT NOT NULL,
    ascending       BOOLEAN NOT NULL,
    baseline_date   TEXT,
    baseline_value  DOUBLE PRECISION,
    target_value    DOUBLE PRECISION,
    target_date     TEXT,
    -- The breakdown as JSON ({"dimension", "categories"}), or NULL.
    breakdown       TEXT,
    frequency       TEXT NOT NULL CHECK (frequency IN ('quarterly', 'half_yearly', 'yearly')),
    created_at      TEXT NOT NULL,
    UNIQUE (trial_id, position)
);

-- The definitions an indicator had before an edit, as JSON, with who replaced them.
CREATE TABLE indicator_revisions (
    id              INTEGER PRIMARY KEY,
    indicator_id    BIGINT NOT NULL REFERENCES indicators (id),
    revision        BIGINT NOT NULL,
    definition      TEXT NOT NULL,
    reason          TEXT NOT NULL,
    replaced_by     BIGINT REFERENCES users (id),
    replaced_at     TEXT NOT NULL,
    UNIQUE (indicator_id, revision)
);

CREATE TABLE indicator_periods (
    id              INTEGER PRIMARY KEY,
    indicator_id    BIGINT NOT NULL REFERENCES indicators (id),
    period_start    TEXT NOT NULL,
    period_end      TEXT NOT NULL,
    target          DOUBLE PRECISION,
    UNIQUE (indicator_id, period_start)
);

-- One actual per period: the applicant rewrites it until it is approved.
CREATE TABLE indicator_updates (
    id                INTEGER PRIMARY KEY,
    period_id         BIGINT NOT NULL UNIQUE REFERENCES indicator_periods (id),
    status            TEXT NOT NULL CHECK (status IN ('draft', 'submitted', 'returned', 'approved')),
    value_number      DOUBLE PRECISION,
    value_text        TEXT,
    -- The breakdown's actuals as JSON ([{"category", "value"}]).
    breakdown         TEXT NOT NULL,
    comment           TEXT NOT NULL,
    version           BIGINT NOT NULL,
    reported_by       BIGINT REFERENCES users (id),
    reported_at       TEXT NOT NULL,
    reviewer_comment  TEXT NOT NULL,
    reviewed_by       BIGINT REFERENCES users (id),
    reviewed_at       TEXT
);
CREATE INDEX indicator_updates_status ON indicator_updates (status, period_id);

CREATE TRIGGER indicator_updates_locked BEFORE UPDATE ON indicator_updates
WHEN OLD.status = 'approved'
BEGIN
    SELECT RAISE(ABORT, 'period_locked: an approved actual is final');
END;
CREATE TRIGGER indicator_updates_no_delete BEFORE DELETE ON indicator_updates
WHEN OLD.status = 'approved'
BEGIN
    SELECT RAISE(ABORT, 'period_locked: an approved actual is final');
END;
