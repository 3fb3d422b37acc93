-- The journal becomes a hash chain: each entry keeps the hash of the entry before it and
-- its own. Entries written before this migration have neither; the store seals them, in id
-- order, when it migrates (and before any append), because SHA-256 is not SQL here.
ALTER TABLE journal_entries ADD COLUMN prev_hash TEXT, ADD COLUMN hash TEXT;

-- An entry may be sealed once: while its hash is NULL, its hash and the hash before it may be
-- set, and nothing else about it may change. Every other update and every delete is refused.
CREATE FUNCTION journal_entries_seal_once() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND OLD.hash IS NULL AND NEW.hash IS NOT NULL
        AND (NEW.id, NEW.case_kind, NEW.case_id, NEW.actor_id, NEW.at, NEW.action,
             NEW.changes, NEW.reason)
            IS NOT DISTINCT FROM
            (OLD.id, OLD.case_kind, OLD.case_id, OLD.actor_id, OLD.at, OLD.action,
             OLD.changes, OLD.reason)
    THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'the case journal is append-only';
END;
$$ LANGUAGE plpgsql;
DROP TRIGGER journal_entries_no_change ON journal_entries;
CREATE TRIGGER journal_entries_no_change BEFORE UPDATE OR DELETE ON journal_entries
    FOR EACH ROW EXECUTE FUNCTION journal_entries_seal_once();
