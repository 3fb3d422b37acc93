-- Registered research plans (issue 14, item 2), kept as OSF and the AEA registry keep
-- pre-registrations. A plan belongs to one trial (trial_id) or to a whole scheme (a joint
-- plan: trial_id NULL); scheme_id is always its scheme. While a draft, `content` (JSON) is
-- rewritten against `version`, the edit lock the forms carry; registering freezes it as
-- version 1 of research_plan_versions, and each amendment adds the next version with its
-- reason. `content` then mirrors the latest version. The versions are never changed.

CREATE TABLE research_plans (
    id                 INTEGER PRIMARY KEY,
    trial_id           BIGINT REFERENCES trials (id),
    scheme_id          BIGINT NOT NULL REFERENCES schemes (id),
    status             TEXT NOT NULL CHECK (status IN ('draft', 'registered')),
    content            TEXT NOT NULL,
    version            BIGINT NOT NULL,
    registered_version BIGINT NOT NULL DEFAULT 0,
    registered_at      TEXT,
    created_by         BIGINT REFERENCES users (id),
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL
);
CREATE INDEX research_plans_trial ON research_plans (trial_id, id);
CREATE INDEX research_plans_scheme ON research_plans (scheme_id, id);
CREATE INDEX research_plans_status ON research_plans (status);

CREATE TABLE research_plan_versions (
    plan_id     BIGINT NOT NULL REFERENCES research_plans (id),
    number      BIGINT NOT NULL CHECK (number >= 1),
    content     TEXT NOT NULL,
    reason      TEXT NOT NULL,
    recorded_by BIGINT REFERENCES users (id),
    recorded_at TEXT NOT NULL,
    PRIMARY KEY (plan_id, number)
);

-- A registered version is kept as it was written.
CREATE TRIGGER research_plan_versions_kept BEFORE UPDATE ON research_plan_versions
BEGIN
    SELECT RAISE(ABORT, 'a registered research plan''s versions are kept as they were written');
END;
CREATE TRIGGER research_plan_versions_no_delete BEFORE DELETE ON research_plan_versions
BEGIN
    SELECT RAISE(ABORT, 'a registered research plan''s versions are kept as they were written');
END;
