-- The review of submitted applications: the legal screening and the clarification thread.

-- Every judgement of a checklist item is kept; the newest per item is the current one.
CREATE TABLE screening_entries (
    id             INTEGER PRIMARY KEY,
    application_id BIGINT NOT NULL REFERENCES applications (id),
    item           BIGINT NOT NULL CHECK (item >= 0),
    item_text      TEXT NOT NULL,
    rules_version  BIGINT NOT NULL,
    outcome        TEXT NOT NULL CHECK (outcome IN ('no_conflict', 'possible_conflict', 'conflict')),
    reason         TEXT NOT NULL,
    actor_id       BIGINT REFERENCES users (id),
    at             TEXT NOT NULL
);
CREATE INDEX screening_entries_application ON screening_entries (application_id, item, id);

-- Nothing edits or deletes a judgement.
CREATE TRIGGER screening_entries_no_update BEFORE UPDATE ON screening_entries
BEGIN
    SELECT RAISE(ABORT, 'the screening history is append-only');
END;
CREATE TRIGGER screening_entries_no_delete BEFORE DELETE ON screening_entries
BEGIN
    SELECT RAISE(ABORT, 'the screening history is append-only');
END;

-- A question of the secretariat and the applicant's answer, once given.
CREATE TABLE clarifications (
    id             INTEGER PRIMARY KEY,
    application_id BIGINT NOT NULL REFERENCES applications (id),
    question       TEXT NOT NULL,
    asked_by       BIGINT REFERENCES users (id),
    asked_at       TEXT NOT NULL,
    answer         TEXT,
    answered_by    BIGINT REFERENCES users (id),
    answered_at    TEXT
);
CREATE INDEX clarifications_application ON clarifications (application_id, id);
