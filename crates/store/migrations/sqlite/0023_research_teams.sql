-- Research teams (issue 14, item 1). Researchers belong to at most one research
-- organisation (a university or an institute) and are assigned to follow a trial, a theme
-- of a scheme (a network of trials) or a whole scheme (the joint evaluation). The
-- assignments replace `trial_researchers`, whose rows become assignments to a trial.

CREATE TABLE research_organisations (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    country    TEXT NOT NULL CHECK (country IN ('no', 'dk', 'se')),
    website    TEXT,
    created_at TEXT NOT NULL
);
CREATE UNIQUE INDEX research_organisations_name ON research_organisations (country, name);

-- One row per researcher: the key is the user, so nobody belongs to two.
CREATE TABLE research_members (
    user_id         BIGINT PRIMARY KEY REFERENCES users (id),
    organisation_id BIGINT NOT NULL REFERENCES research_organisations (id),
    joined_at       TEXT NOT NULL
);
CREATE INDEX research_members_organisation ON research_members (organisation_id);

-- Exactly one of trial_id, theme_id and scheme_id is set, the one the scope names.
CREATE TABLE research_assignments (
    id          INTEGER PRIMARY KEY,
    user_id     BIGINT NOT NULL REFERENCES users (id),
    scope       TEXT NOT NULL CHECK (scope IN ('trial', 'theme', 'scheme')),
    trial_id    BIGINT REFERENCES trials (id),
    theme_id    BIGINT REFERENCES themes (id),
    scheme_id   BIGINT REFERENCES schemes (id),
    assigned_at TEXT NOT NULL,
    CHECK ((scope = 'trial' AND trial_id IS NOT NULL AND theme_id IS NULL AND scheme_id IS NULL)
        OR (scope = 'theme' AND theme_id IS NOT NULL AND trial_id IS NULL AND scheme_id IS NULL)
        OR (scope = 'scheme' AND scheme_id IS NOT NULL AND trial_id IS NULL AND theme_id IS NULL))
);
CREATE UNIQUE INDEX research_assignments_trial ON research_assignments (trial_id, user_id)
    WHERE scope = 'trial';
CREATE UNIQUE INDEX research_assignments_theme ON research_assignments (theme_id, user_id)
    WHERE scope = 'theme';
CREATE UNIQUE INDEX research_assignments_scheme ON research_assignments (scheme_id, user_id)
    WHERE scope = 'scheme';
CREATE INDEX research_assignments_user ON research_assignments (user_id);

INSERT INTO research_assignments (user_id, scope, trial_id, assigned_at)
SELECT user_id, 'trial', trial_id, assigned_at FROM trial_researchers ORDER BY assigned_at, trial_id, user_id;

DROP TABLE trial_researchers;
