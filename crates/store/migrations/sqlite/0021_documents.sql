-- Documents attached to a trial (issue 13, item 6): the file's facts and where the object
-- store keeps it. The content is never in the database; its SHA-256 is here and in the
-- case journal. A document belongs to the trial, or to one of its records (a status
-- report, an adopted regulation, an evaluation, the decision), and is public only where
-- that record is public.

CREATE TABLE trial_documents (
    id             INTEGER PRIMARY KEY,
    trial_id       BIGINT NOT NULL REFERENCES trials (id),
    record_kind    TEXT CHECK (record_kind IN
        ('status_report', 'regulation', 'evaluation', 'decision')),
    record_id      BIGINT,
    record_public  BOOLEAN NOT NULL,
    kind           TEXT NOT NULL CHECK (kind IN
        ('report', 'regulation', 'evaluation', 'decision_letter', 'other')),
    title          TEXT NOT NULL,
    file_name      TEXT NOT NULL,
    file_type      TEXT NOT NULL,
    size_bytes     BIGINT NOT NULL CHECK (size_bytes > 0),
    sha256         TEXT NOT NULL,
    object_key     TEXT NOT NULL UNIQUE,
    public         BOOLEAN NOT NULL,
    uploaded_by    BIGINT REFERENCES users (id),
    uploaded_at    TEXT NOT NULL,
    CHECK ((record_kind IS NULL) = (record_id IS NULL)),
    CHECK (NOT public OR record_public)
);
CREATE INDEX trial_documents_trial ON trial_documents (trial_id, id);
CREATE INDEX trial_documents_record ON trial_documents (trial_id, record_kind, record_id);

-- What a file was when it was uploaded stays so: only its public flag may change.
CREATE TRIGGER trial_documents_fixed BEFORE UPDATE OF id, trial_id, record_kind, record_id,
    record_public, kind, title, file_name, file_type, size_bytes, sha256, object_key,
    uploaded_by, uploaded_at ON trial_documents
BEGIN
    SELECT RAISE(ABORT, 'a document''s file is fixed once uploaded; upload a new one instead');
END;
