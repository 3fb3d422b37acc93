-- The policy lab's barrier register (issue 15, item 1), and journal cases for the lab's
-- barriers and investigations, networks and partners.

ALTER TABLE journal_entries DROP CONSTRAINT journal_entries_case_kind_check;
ALTER TABLE journal_entries ADD CONSTRAINT journal_entries_case_kind_check CHECK (case_kind IN
    ('scheme', 'round', 'proposal', 'application', 'barrier', 'investigation', 'network', 'partner'));

-- Whether the public may report barriers to a scheme through the moderated form.
ALTER TABLE schemes ADD COLUMN public_barrier_reports BOOLEAN NOT NULL DEFAULT FALSE;

-- A barrier: an obstacle in plain words. A report from the public form has no reporter
-- account; its name and contact are for the lab only. `merged_into` is set exactly when the
-- status is 'merged'.
CREATE TABLE barriers (
    id                BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    country           TEXT NOT NULL CHECK (country IN ('no', 'dk', 'se')),
    scheme_id         BIGINT REFERENCES schemes (id),
    theme_id          BIGINT REFERENCES themes (id),
    title             TEXT NOT NULL,
    wants_to_do       TEXT NOT NULL,
    obstacle          TEXT NOT NULL,
    consequences      TEXT NOT NULL,
    status            TEXT NOT NULL CHECK (status IN ('reported', 'under_analysis',
        'not_legal_obstacle', 'confirmed', 'experiment_proposed', 'rule_change_proposed',
        'resolved', 'closed', 'merged')),
    restricted        BOOLEAN NOT NULL DEFAULT FALSE,
    reporter_id       BIGINT REFERENCES users (id),
    organisation_id   BIGINT REFERENCES organisations (id),
    from_public       BOOLEAN NOT NULL DEFAULT FALSE,
    public_name       TEXT,
    public_contact    TEXT,
    merged_into       BIGINT REFERENCES barriers (id),
    guidance          TEXT,
    close_reason      TEXT,
    ministry          TEXT,
    ministry_response TEXT,
    experiment_kind   TEXT CHECK (experiment_kind IN ('proposal', 'scheme', 'application')),
    experiment_id     BIGINT,
    reported_at       TIMESTAMPTZ NOT NULL,
    updated_at        TIMESTAMPTZ NOT NULL,
    version           BIGINT NOT NULL DEFAULT 1,
    CHECK ((status = 'merged') = (merged_into IS NOT NULL)),
    CHECK ((experiment_kind IS NULL) = (experiment_id IS NULL))
);
CREATE INDEX barriers_status ON barriers (status, id);
CREATE INDEX barriers_scheme ON barriers (scheme_id);
CREATE INDEX barriers_reporter ON barriers (reporter_id);

CREATE TABLE barrier_groups (
    barrier_id     BIGINT NOT NULL REFERENCES barriers (id) ON DELETE CASCADE,
    affected_group TEXT NOT NULL CHECK (affected_group IN ('young_people_outside_work',
        'older_people', 'children_and_families', 'people_with_disabilities', 'immigrants',
        'unemployed', 'patients', 'businesses_and_volunteers', 'municipal_staff', 'other')),
    PRIMARY KEY (barrier_id, affected_group)
);

CREATE TABLE barrier_root_causes (
    barrier_id BIGINT NOT NULL REFERENCES barriers (id) ON DELETE CASCADE,
    root_cause TEXT NOT NULL CHECK (root_cause IN ('law', 'regulation',
        'guidance_or_interpretation', 'practice_and_culture', 'it_systems_and_data',
        'funding_and_incentives', 'organisation')),
    PRIMARY KEY (barrier_id, root_cause)
);
CREATE INDEX barrier_root_causes_cause ON barrier_root_causes (root_cause);

-- Provisions linked to a barrier: suggested by the reporter or the lab, confirmed by the lab.
CREATE TABLE barrier_provisions (
    barrier_id   BIGINT NOT NULL REFERENCES barriers (id) ON DELETE CASCADE,
    provision_id BIGINT NOT NULL REFERENCES provisions (id) ON DELETE CASCADE,
    linked_by    BIGINT REFERENCES users (id),
    confirmed    BOOLEAN NOT NULL DEFAULT FALSE,
    linked_at    TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (barrier_id, provision_id)
);
CREATE INDEX barrier_provisions_provision ON barrier_provisions (provision_id);

-- Who else meets the obstacle. A merge moves the merged barrier's supporters (and its
-- reporter) here, on the barrier that takes it in.
CREATE TABLE barrier_supporters (
    barrier_id      BIGINT NOT NULL REFERENCES barriers (id) ON DELETE CASCADE,
    user_id         BIGINT NOT NULL REFERENCES users (id),
    organisation_id BIGINT REFERENCES organisations (id),
    supported_at    TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (barrier_id, user_id)
);
CREATE INDEX barrier_supporters_user ON barrier_supporters (user_id);

-- The public history of a barrier's statuses, with the lab's note at each step.
CREATE TABLE barrier_status_history (
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    barrier_id BIGINT NOT NULL REFERENCES barriers (id) ON DELETE CASCADE,
    status     TEXT NOT NULL,
    note       TEXT,
    actor_id   BIGINT REFERENCES users (id),
    at         TIMESTAMPTZ NOT NULL
);
CREATE INDEX barrier_status_history_barrier ON barrier_status_history (barrier_id, id);
