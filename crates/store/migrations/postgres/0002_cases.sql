-- Schemes, their versioned rules, themes and rounds; theme proposals; applications with
-- their network members; and the append-only case journal.

CREATE TABLE schemes (
    id                   BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code                 TEXT NOT NULL UNIQUE,
    country              TEXT NOT NULL CHECK (country IN ('no', 'dk', 'se')),
    title                TEXT NOT NULL,
    language             TEXT NOT NULL CHECK (language IN ('nb', 'nn', 'da', 'sv', 'en')),
    invitation           TEXT NOT NULL,
    status               TEXT NOT NULL CHECK (status IN ('draft', 'proposals', 'published', 'closed')),
    publish_applications BOOLEAN NOT NULL,
    rules_version        BIGINT NOT NULL,
    created_at           TIMESTAMPTZ NOT NULL,
    updated_at           TIMESTAMPTZ NOT NULL
);

-- Every version of a scheme's rules; an application names the version it was judged under.
CREATE TABLE scheme_rules (
    scheme_id  BIGINT NOT NULL REFERENCES schemes (id),
    version    BIGINT NOT NULL,
    rules      TEXT NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    created_by BIGINT REFERENCES users (id),
    PRIMARY KEY (scheme_id, version)
);

CREATE TABLE themes (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    scheme_id   BIGINT NOT NULL REFERENCES schemes (id),
    title       TEXT NOT NULL,
    description TEXT NOT NULL,
    priority    BOOLEAN NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL
);
CREATE INDEX themes_scheme ON themes (scheme_id, id);

-- Opening and deadline are kept as the wall-clock time in the round's zone, as people set
-- them, and as instants, for queries.
CREATE TABLE rounds (
    id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    scheme_id      BIGINT NOT NULL REFERENCES schemes (id),
    number         BIGINT NOT NULL,
    title          TEXT NOT NULL,
    opens_local    TIMESTAMP NOT NULL,
    deadline_local TIMESTAMP NOT NULL,
    time_zone      TEXT NOT NULL,
    opens_at       TIMESTAMPTZ NOT NULL,
    deadline_at    TIMESTAMPTZ NOT NULL,
    target_trials  BIGINT NOT NULL CHECK (target_trials >= 0),
    last_sequence  BIGINT NOT NULL DEFAULT 0,
    UNIQUE (scheme_id, number)
);

CREATE TABLE theme_proposals (
    id               BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    scheme_id        BIGINT NOT NULL REFERENCES schemes (id),
    organisation_id  BIGINT NOT NULL REFERENCES organisations (id),
    proposed_by      BIGINT REFERENCES users (id),
    title            TEXT NOT NULL,
    description      TEXT NOT NULL,
    status           TEXT NOT NULL CHECK (status IN ('open', 'adopted', 'declined')),
    decline_reason   TEXT,
    adopted_theme_id BIGINT REFERENCES themes (id),
    created_at       TIMESTAMPTZ NOT NULL,
    decided_at       TIMESTAMPTZ
);
CREATE INDEX theme_proposals_scheme ON theme_proposals (scheme_id);

-- One endorsement per organisation and proposal.
CREATE TABLE proposal_endorsements (
    proposal_id     BIGINT NOT NULL REFERENCES theme_proposals (id),
    organisation_id BIGINT NOT NULL REFERENCES organisations (id),
    endorsed_by     BIGINT REFERENCES users (id),
    created_at      TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (proposal_id, organisation_id)
);

CREATE TABLE applications (
    id                   BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    scheme_id            BIGINT NOT NULL REFERENCES schemes (id),
    round_id             BIGINT NOT NULL REFERENCES rounds (id),
    lead_organisation_id BIGINT NOT NULL REFERENCES organisations (id),
    status               TEXT NOT NULL CHECK (status IN ('draft', 'submitted', 'withdrawn')),
    version              BIGINT NOT NULL,
    sequence             BIGINT,
    case_number          TEXT UNIQUE,
    -- The title is kept beside the content for lists; the content is the whole form as JSON.
    title                TEXT NOT NULL,
    content              TEXT NOT NULL,
    created_by           BIGINT REFERENCES users (id),
    created_at           TIMESTAMPTZ NOT NULL,
    updated_at           TIMESTAMPTZ NOT NULL,
    submitted_at         TIMESTAMPTZ,
    withdrawn_at         TIMESTAMPTZ,
    rules_version        BIGINT,
    eligibility          TEXT,
    UNIQUE (round_id, sequence)
);
CREATE INDEX applications_round ON applications (round_id, status, sequence);
CREATE INDEX applications_lead ON applications (lead_organisation_id, updated_at);
CREATE INDEX applications_scheme ON applications (scheme_id, status);

CREATE TABLE application_members (
    application_id  BIGINT NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
    organisation_id BIGINT NOT NULL REFERENCES organisations (id),
    position        BIGINT NOT NULL,
    PRIMARY KEY (application_id, organisation_id)
);
CREATE INDEX application_members_organisation ON application_members (organisation_id);

CREATE TABLE journal_entries (
    id        BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_kind TEXT NOT NULL CHECK (case_kind IN ('scheme', 'round', 'proposal', 'application')),
    case_id   BIGINT NOT NULL,
    actor_id  BIGINT REFERENCES users (id),
    at        TIMESTAMPTZ NOT NULL,
    action    TEXT NOT NULL,
    changes   TEXT NOT NULL,
    reason    TEXT
);
CREATE INDEX journal_entries_case ON journal_entries (case_kind, case_id, id);

-- Nothing edits, deletes or truncates a journal entry.
CREATE FUNCTION journal_entries_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'the case journal is append-only';
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER journal_entries_no_change BEFORE UPDATE OR DELETE ON journal_entries
    FOR EACH ROW EXECUTE FUNCTION journal_entries_append_only();
CREATE TRIGGER journal_entries_no_truncate BEFORE TRUNCATE ON journal_entries
    FOR EACH STATEMENT EXECUTE FUNCTION journal_entries_append_only();
