-- Decisions on applications and the trials that approval creates. A decision is final:
-- one per application (the unique key is what lets only one of two simultaneous deciders
-- win), never edited or deleted. A trial keeps what was approved frozen; its status may
-- move on, and later changes are amendments kept beside it (the trials issue).

CREATE TABLE decisions (
    id               INTEGER PRIMARY KEY,
    application_id   BIGINT NOT NULL UNIQUE REFERENCES applications (id),
    outcome          TEXT NOT NULL CHECK (outcome IN ('approved', 'rejected')),
    reasons          TEXT NOT NULL,
    -- The granted exemptions as JSON: copies of the requests they answer, narrowed or not.
    granted          TEXT NOT NULL,
    conditions       TEXT NOT NULL,
    period_start     TEXT,
    period_end       TEXT,
    regulation_kind  TEXT CHECK (regulation_kind IN
        ('trial_regulation', 'statutes', 'free_municipality_statute', 'local_regulations')),
    regulation_text  TEXT NOT NULL,
    decided_by       BIGINT REFERENCES users (id),
    decided_at       TEXT NOT NULL
);
CREATE INDEX decisions_published ON decisions (decided_at DESC, id DESC);

CREATE TABLE trials (
    id               INTEGER PRIMARY KEY,
    application_id   BIGINT NOT NULL UNIQUE REFERENCES applications (id),
    decision_id      BIGINT NOT NULL UNIQUE REFERENCES decisions (id),
    scheme_id        BIGINT NOT NULL REFERENCES schemes (id),
    case_number      TEXT NOT NULL,
    title            TEXT NOT NULL,
    status           TEXT NOT NULL CHECK (status IN ('planned', 'running', 'ended')),
    participants     TEXT NOT NULL,
    exemptions       TEXT NOT NULL,
    objectives       TEXT NOT NULL,
    period_start     TEXT NOT NULL,
    period_end       TEXT NOT NULL,
    conditions       TEXT NOT NULL,
    regulation_kind  TEXT NOT NULL,
    regulation_text  TEXT NOT NULL,
    created_at       TEXT NOT NULL
);
CREATE INDEX trials_scheme ON trials (scheme_id, id);

CREATE TRIGGER decisions_no_update BEFORE UPDATE ON decisions
BEGIN
    SELECT RAISE(ABORT, 'a decision is final');
END;
CREATE TRIGGER decisions_no_delete BEFORE DELETE ON decisions
BEGIN
    SELECT RAISE(ABORT, 'a decision is final');
END;

-- What was approved stays as it was approved.
CREATE TRIGGER trials_frozen BEFORE UPDATE OF application_id, decision_id, scheme_id,
    case_number, participants, exemptions, objectives, period_start, period_end, conditions,
    regulation_kind, regulation_text, created_at ON trials
BEGIN
    SELECT RAISE(ABORT, 'what a trial was approved with is frozen; record an amendment instead');
END;
CREATE TRIGGER trials_no_delete BEFORE DELETE ON trials
BEGIN
    SELECT RAISE(ABORT, 'what a trial was approved with is frozen; record an amendment instead');
END;
