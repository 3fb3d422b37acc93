-- Networks of trials and municipalities (issue 15, item 4): a coordinator, members,
-- reference groups, the secretariat's versioned guidance, the learning log with its tags
-- and replies, and the learning questions a trial answers in its reports.

CREATE TABLE networks (
    id             INTEGER PRIMARY KEY,
    scheme_id      BIGINT NOT NULL REFERENCES schemes (id),
    theme_id       BIGINT REFERENCES themes (id),
    name           TEXT NOT NULL,
    purpose        TEXT NOT NULL,
    coordinator_id BIGINT REFERENCES users (id),
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL
);
CREATE INDEX networks_scheme ON networks (scheme_id);

CREATE TABLE network_members (
    network_id      BIGINT NOT NULL REFERENCES networks (id) ON DELETE CASCADE,
    organisation_id BIGINT NOT NULL REFERENCES organisations (id),
    PRIMARY KEY (network_id, organisation_id)
);
CREATE INDEX network_members_organisation ON network_members (organisation_id);

CREATE TABLE network_trials (
    network_id BIGINT NOT NULL REFERENCES networks (id) ON DELETE CASCADE,
    trial_id   BIGINT NOT NULL REFERENCES trials (id),
    PRIMARY KEY (network_id, trial_id)
);
CREATE INDEX network_trials_trial ON network_trials (trial_id);

-- A reference group's members are people who need not have accounts.
CREATE TABLE network_reference_members (
    id           INTEGER PRIMARY KEY,
    network_id   BIGINT NOT NULL REFERENCES networks (id) ON DELETE CASCADE,
    group_kind   TEXT NOT NULL CHECK (group_kind IN ('political', 'administrative')),
    name         TEXT NOT NULL,
    role_title   TEXT NOT NULL,
    organisation TEXT NOT NULL,
    added_at     TEXT NOT NULL
);
CREATE INDEX network_reference_members_network ON network_reference_members (network_id, group_kind, id);

-- Guidance: an article, or a question a member asked (answered when it has a version).
-- `network_id` NULL: for every network of the scheme.
CREATE TABLE guidance_items (
    id         INTEGER PRIMARY KEY,
    scheme_id  BIGINT NOT NULL REFERENCES schemes (id),
    network_id BIGINT REFERENCES networks (id) ON DELETE CASCADE,
    kind       TEXT NOT NULL CHECK (kind IN ('article', 'question')),
    question   TEXT,
    asked_by   BIGINT REFERENCES users (id),
    asked_at   TEXT,
    public     BOOLEAN NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    CHECK ((kind = 'question') = (question IS NOT NULL))
);
CREATE INDEX guidance_items_network ON guidance_items (network_id);
CREATE INDEX guidance_items_scheme ON guidance_items (scheme_id);

-- Every edit is a new version: who, when, why; the highest number is the current one.
CREATE TABLE guidance_versions (
    item_id   BIGINT NOT NULL REFERENCES guidance_items (id) ON DELETE CASCADE,
    version   BIGINT NOT NULL,
    title     TEXT NOT NULL,
    body      TEXT NOT NULL,
    author_id BIGINT REFERENCES users (id),
    reason    TEXT,
    at        TEXT NOT NULL,
    PRIMARY KEY (item_id, version)
);

-- The learning log. Private to the network until its author publishes it; a published
-- entry is never changed.
CREATE TABLE learning_entries (
    id           INTEGER PRIMARY KEY,
    network_id   BIGINT NOT NULL REFERENCES networks (id) ON DELETE CASCADE,
    author_id    BIGINT NOT NULL REFERENCES users (id),
    title        TEXT NOT NULL,
    tried        TEXT NOT NULL,
    learned      TEXT NOT NULL,
    differently  TEXT NOT NULL,
    created_at   TEXT NOT NULL,
    published_at TEXT,
    hidden       BOOLEAN NOT NULL DEFAULT 0
);
CREATE INDEX learning_entries_network ON learning_entries (network_id, id);

CREATE TABLE learning_entry_tags (
    entry_id  BIGINT NOT NULL REFERENCES learning_entries (id) ON DELETE CASCADE,
    tag_kind  TEXT NOT NULL CHECK (tag_kind IN ('trial', 'indicator', 'provision')),
    target_id BIGINT NOT NULL,
    -- What the tag showed when it was made: the trial's title, the indicator's, the
    -- provision's citation; and, for an indicator, its trial.
    label     TEXT NOT NULL,
    trial_id  BIGINT REFERENCES trials (id),
    PRIMARY KEY (entry_id, tag_kind, target_id)
);
CREATE INDEX learning_entry_tags_target ON learning_entry_tags (tag_kind, target_id);

-- Replies, one level deep.
CREATE TABLE learning_replies (
    id        INTEGER PRIMARY KEY,
    entry_id  BIGINT NOT NULL REFERENCES learning_entries (id) ON DELETE CASCADE,
    author_id BIGINT NOT NULL REFERENCES users (id),
    body      TEXT NOT NULL,
    at        TEXT NOT NULL,
    hidden    BOOLEAN NOT NULL DEFAULT 0
);
CREATE INDEX learning_replies_entry ON learning_replies (entry_id, id);

-- A trial's learning questions, from its application's learning goals.
CREATE TABLE learning_questions (
    id       INTEGER PRIMARY KEY,
    trial_id BIGINT NOT NULL REFERENCES trials (id) ON DELETE CASCADE,
    position BIGINT NOT NULL,
    question TEXT NOT NULL
);
CREATE INDEX learning_questions_trial ON learning_questions (trial_id, position);

-- One answer per report and question.
CREATE TABLE report_learning_answers (
    report_id   BIGINT NOT NULL REFERENCES trial_reports (id) ON DELETE CASCADE,
    question_id BIGINT NOT NULL REFERENCES learning_questions (id) ON DELETE CASCADE,
    answer      TEXT NOT NULL,
    PRIMARY KEY (report_id, question_id)
);
