-- Documents attached to a trial (issue 13, item 6): the file's facts and where the object
-- store keeps it. The content is never in the database; its SHA-256 is here and in the
-- case journal. A document belongs to the trial, or to one of its records (a status
-- report, an adopted regulation, an evaluation, the decision), and is public only where
-- that record is public.

CREATE TABLE trial_documents (
    id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
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
    uploaded_at    TIMESTAMPTZ NOT NULL,
    CHECK ((record_kind IS NULL) = (record_id IS NULL)),
    CHECK (NOT public OR record_public)
);
CREATE INDEX trial_documents_trial ON trial_documents (trial_id, id);
CREATE INDEX trial_documents_record ON trial_documents (trial_id, record_kind, record_id);

-- What a file was when it was uploaded stays so: only its public flag may change.
CREATE FUNCTION trial_documents_fixed() RETURNS trigger AS $$
BEGIN
    IF (NEW.id, NEW.trial_id, NEW.record_kind, NEW.record_id, NEW.record_public, NEW.kind,
        NEW.title, NEW.file_name, NEW.file_type, NEW.size_bytes, NEW.sha256, NEW.object_key,
        NEW.uploaded_by, NEW.uploaded_at)
       IS DISTINCT FROM
       (OLD.id, OLD.trial_id, OLD.record_kind, OLD.record_id, OLD.record_public, OLD.kind,
        OLD.title, OLD.file_name, OLD.file_type, OLD.size_bytes, OLD.sha256, OLD.object_key,
        OLD.uploaded_by, OLD.uploaded_at) THEN
        RAISE EXCEPTION 'a document''s file is fixed once uploaded; upload a new one instead';
    END IF;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER trial_documents_fixed BEFORE UPDATE ON trial_documents
    FOR EACH ROW EXECUTE FUNCTION trial_documents_fixed();
