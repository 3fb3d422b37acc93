-- Trials in operation. The frozen `trials` row keeps what was approved (its `status`
-- column stays 'planned' and is no longer read); what changes later is the trial's current
-- state, one row per trial with a version for optimistic locking, and every change of it
-- is a numbered version with the values before and after: the public history of changes.
-- Participants and themes are kept as rows too, so that the list filters by them.

CREATE TABLE trial_states (
    trial_id      BIGINT PRIMARY KEY REFERENCES trials (id),
    version       BIGINT NOT NULL,
    status        TEXT NOT NULL CHECK (status IN ('planned', 'running', 'suspended', 'ended')),
    planned_start DATE NOT NULL,
    planned_end   DATE NOT NULL,
    actual_start  DATE,
    actual_end    DATE,
    end_kind      TEXT CHECK (end_kind IN ('completed', 'stopped_early')),
    why_stopped   TEXT NOT NULL,
    participants  TEXT NOT NULL,
    objectives    TEXT NOT NULL,
    exemptions    TEXT NOT NULL,
    verified_at   TIMESTAMPTZ
);
CREATE INDEX trial_states_status ON trial_states (status);

CREATE TABLE trial_versions (
    trial_id    BIGINT NOT NULL REFERENCES trials (id),
    version     BIGINT NOT NULL,
    kind        TEXT NOT NULL,
    reason      TEXT NOT NULL,
    changes     TEXT NOT NULL,
    recorded_by BIGINT REFERENCES users (id),
    recorded_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (trial_id, version)
);

-- The history is kept as it was written.
CREATE FUNCTION trial_versions_kept() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'a trial''s history of changes is kept as it was written';
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER trial_versions_kept BEFORE UPDATE OR DELETE ON trial_versions
    FOR EACH ROW EXECUTE FUNCTION trial_versions_kept();

CREATE TABLE trial_participants (
    trial_id        BIGINT NOT NULL REFERENCES trials (id),
    organisation_id BIGINT NOT NULL REFERENCES organisations (id),
    PRIMARY KEY (trial_id, organisation_id)
);
CREATE INDEX trial_participants_organisation ON trial_participants (organisation_id);

CREATE TABLE trial_themes (
    trial_id BIGINT NOT NULL REFERENCES trials (id),
    theme_id BIGINT NOT NULL REFERENCES themes (id),
    PRIMARY KEY (trial_id, theme_id)
);
CREATE INDEX trial_themes_theme ON trial_themes (theme_id);

CREATE TABLE trial_researchers (
    trial_id    BIGINT NOT NULL REFERENCES trials (id),
    user_id     BIGINT NOT NULL REFERENCES users (id),
    assigned_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (trial_id, user_id)
);
CREATE INDEX trial_researchers_user ON trial_researchers (user_id);

-- The trials approved before this migration start from what was approved.
INSERT INTO trial_states (trial_id, version, status, planned_start, planned_end,
    why_stopped, participants, objectives, exemptions)
SELECT id, 1, 'planned', period_start, period_end, '', participants, objectives, exemptions
FROM trials;
INSERT INTO trial_versions (trial_id, version, kind, reason, changes, recorded_at)
SELECT id, 1, 'approved', '', '[]', created_at FROM trials;
INSERT INTO trial_participants (trial_id, organisation_id)
SELECT DISTINCT t.id, (p ->> 'id')::BIGINT
FROM trials t, jsonb_array_elements(t.participants::jsonb) p;
INSERT INTO trial_themes (trial_id, theme_id)
SELECT DISTINCT t.id, (th #>> '{}')::BIGINT
FROM trials t JOIN applications a ON a.id = t.application_id,
     jsonb_array_elements(COALESCE(a.content::jsonb -> 'themes', '[]'::jsonb)) th
WHERE (th #>> '{}')::BIGINT IN (SELECT id FROM themes);
