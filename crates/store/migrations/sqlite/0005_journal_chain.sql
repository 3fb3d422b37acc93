-- The journal becomes a hash chain: each entry keeps the hash of the entry before it and
-- its own. Entries written before this migration have neither; the store seals them, in id
-- order, when it migrates (and before any append), because SHA-256 is not SQL.
ALTER TABLE journal_entries ADD COLUMN prev_hash TEXT;
ALTER TABLE journal_entries ADD COLUMN hash TEXT;

-- An entry may be sealed once: while its hash is NULL, its hash and the hash before it may be
-- set, and nothing else about it may change. Every other update is refused as before.
DROP TRIGGER journal_entries_no_update;
CREATE TRIGGER journal_entries_no_update BEFORE UPDATE ON journal_entries
WHEN NOT (
    OLD.hash IS NULL AND NEW.hash IS NOT NULL
    AND NEW.id = OLD.id AND NEW.case_kind = OLD.case_kind AND NEW.case_id = OLD.case_id
    AND NEW.actor_id IS OLD.actor_id AND NEW.at = OLD.at AND NEW.action = OLD.action
    AND NEW.changes = OLD.changes AND NEW.reason IS OLD.reason
)
BEGIN
    SELECT RAISE(ABORT, 'the case journal is append-only');
END;
