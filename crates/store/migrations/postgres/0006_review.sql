-- The review of submitted applications: the legal screening and the clarification thread.

-- Every judgement of a checklist item is kept; the newest per item is the current one.
CREATE TABLE screening_entries (
    id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    application_id BIGINT NOT NULL REFERENCES applications (id),
    item           BIGINT NOT NULL CHECK (item >= 0),
    item_text      TEXT NOT NULL,
    rules_version  BIGINT NOT NULL,
    outcome        TEXT NOT NULL CHECK (outcome IN ('no_conflict', 'possible_conflict', 'conflict')),
    reason         TEXT NOT NULL,
    actor_id       BIGINT REFERENCES users (id),
    at             TIMESTAMPTZ NOT NULL
);
CREATE INDEX screening_entries_application ON screening_entries (application_id, item, id);

-- Nothing edits, deletes or truncates a judgement.
CREATE FUNCTION screening_entries_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'the screening history is append-only';
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER screening_entries_no_change BEFORE UPDATE OR DELETE ON screening_entries
    FOR EACH ROW EXECUTE FUNCTION screening_entries_append_only();
CREATE TRIGGER screening_entries_no_truncate BEFORE TRUNCATE ON screening_entries
    FOR EACH STATEMENT EXECUTE FUNCTION screening_entries_append_only();

-- A question of the secretariat and the applicant's answer, once given.
CREATE TABLE clarifications (
    id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    application_id BIGINT NOT NULL REFERENCES applications (id),
    question       TEXT NOT NULL,
    asked_by       BIGINT REFERENCES users (id),
    asked_at       TIMESTAMPTZ NOT NULL,
    answer         TEXT,
    answered_by    BIGINT REFERENCES users (id),
    answered_at    TIMESTAMPTZ
);
CREATE INDEX clarifications_application ON clarifications (application_id, id);
