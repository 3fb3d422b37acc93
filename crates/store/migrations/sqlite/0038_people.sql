-- Organisations manage their own people (issue 18, item 2): user administrators appointed
-- by the secretariat, invitations by e-mail, deactivated accounts, and journal cases for
-- accounts and invitations.

-- SQLite cannot change a CHECK constraint, so the journal is rebuilt with its rows, hashes
-- and triggers as they were (dropping a table fires no delete trigger).
CREATE TABLE journal_entries_new (
    id        INTEGER PRIMARY KEY,
    case_kind TEXT NOT NULL CHECK (case_kind IN ('scheme', 'round', 'proposal', 'application',
        'barrier', 'investigation', 'network', 'partner', 'account', 'invitation')),
    case_id   BIGINT NOT NULL,
    actor_id  BIGINT REFERENCES users (id),
    at        TEXT NOT NULL,
    action    TEXT NOT NULL,
    changes   TEXT NOT NULL,
    reason    TEXT,
    prev_hash TEXT,
    hash      TEXT
);
INSERT INTO journal_entries_new (id, case_kind, case_id, actor_id, at, action, changes, reason, prev_hash, hash)
    SELECT id, case_kind, case_id, actor_id, at, action, changes, reason, prev_hash, hash FROM journal_entries;
DROP TABLE journal_entries;
ALTER TABLE journal_entries_new RENAME TO journal_entries;
CREATE INDEX journal_entries_case ON journal_entries (case_kind, case_id, id);
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
CREATE TRIGGER journal_entries_no_delete BEFORE DELETE ON journal_entries
BEGIN
    SELECT RAISE(ABORT, 'the case journal is append-only');
END;

-- The secretariat's appointment of a person as their organisation's user administrator.
ALTER TABLE users ADD COLUMN people_admin BOOLEAN NOT NULL DEFAULT 0;
-- A deactivated account signs in no more; its sessions and API tokens end with it.
ALTER TABLE users ADD COLUMN deactivated_at TEXT;

-- An invitation to open an account. Only the SHA-256 of the link's secret is kept; it is
-- used once (`accepted_at`, `user_id`) and not after `expires_at`.
CREATE TABLE invitations (
    id              INTEGER PRIMARY KEY,
    token_hash      TEXT NOT NULL UNIQUE,
    email           TEXT NOT NULL,
    name            TEXT NOT NULL,
    role            TEXT NOT NULL CHECK (role IN ('admin', 'applicant', 'assessor', 'researcher')),
    organisation_id BIGINT REFERENCES organisations (id),
    language        TEXT CHECK (language IN ('nb', 'nn', 'da', 'sv', 'en')),
    invited_by      BIGINT NOT NULL REFERENCES users (id),
    created_at      TEXT NOT NULL,
    expires_at      TEXT NOT NULL,
    accepted_at     TEXT,
    user_id         BIGINT REFERENCES users (id)
);
CREATE INDEX invitations_organisation ON invitations (organisation_id, id);
