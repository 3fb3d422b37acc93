-- Organisations manage their own people (issue 18, item 2): user administrators appointed
-- by the secretariat, invitations by e-mail, deactivated accounts, and journal cases for
-- accounts and invitations.

ALTER TABLE journal_entries DROP CONSTRAINT journal_entries_case_kind_check;
ALTER TABLE journal_entries ADD CONSTRAINT journal_entries_case_kind_check CHECK (case_kind IN
    ('scheme', 'round', 'proposal', 'application', 'barrier', 'investigation', 'network', 'partner',
     'account', 'invitation'));

-- The secretariat's appointment of a person as their organisation's user administrator.
ALTER TABLE users ADD COLUMN people_admin BOOLEAN NOT NULL DEFAULT FALSE;
-- A deactivated account signs in no more; its sessions and API tokens end with it.
ALTER TABLE users ADD COLUMN deactivated_at TIMESTAMPTZ;

-- An invitation to open an account. Only the SHA-256 of the link's secret is kept; it is
-- used once (`accepted_at`, `user_id`) and not after `expires_at`.
CREATE TABLE invitations (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    token_hash      TEXT NOT NULL UNIQUE,
    email           TEXT NOT NULL,
    name            TEXT NOT NULL,
    role            TEXT NOT NULL CHECK (role IN ('admin', 'applicant', 'assessor', 'researcher')),
    organisation_id BIGINT REFERENCES organisations (id),
    language        TEXT CHECK (language IN ('nb', 'nn', 'da', 'sv', 'en')),
    invited_by      BIGINT NOT NULL REFERENCES users (id),
    created_at      TIMESTAMPTZ NOT NULL,
    expires_at      TIMESTAMPTZ NOT NULL,
    accepted_at     TIMESTAMPTZ,
    user_id         BIGINT REFERENCES users (id)
);
CREATE INDEX invitations_organisation ON invitations (organisation_id, id);
