-- Status reports (issue 13, item 3). A scheme's reporting schedule (a scheme without a row
-- has the defaults), and the reports its trials owe: created when their period begins,
-- once — the unique key lets only one of two servers running the upkeep at once create
-- a report —, written and submitted by the trial's people, accepted or returned by the
-- secretariat. What a report says (progress, milestones, exemptions used, problems,
-- legal-security events) is one JSON document; `version` counts its changes, so a stale
-- form is refused. Each reminder is sent once: its column remembers when.
CREATE TABLE scheme_reporting (
    scheme_id          BIGINT PRIMARY KEY REFERENCES schemes (id),
    every_months       INTEGER NOT NULL CHECK (every_months BETWEEN 1 AND 24),
    final_after_days   INTEGER NOT NULL CHECK (final_after_days BETWEEN 0 AND 365),
    grace_days         INTEGER NOT NULL CHECK (grace_days BETWEEN 0 AND 365),
    remind_before_days INTEGER NOT NULL CHECK (remind_before_days BETWEEN 0 AND 90),
    remind_after_days  INTEGER NOT NULL CHECK (remind_after_days BETWEEN 0 AND 90),
    updated_at         TIMESTAMPTZ NOT NULL
);

CREATE TABLE trial_reports (
    id                 BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    trial_id           BIGINT NOT NULL REFERENCES trials (id),
    kind               TEXT NOT NULL CHECK (kind IN ('periodic', 'final')),
    period_start       DATE NOT NULL,
    period_end         DATE NOT NULL,
    due_date           DATE NOT NULL,
    status             TEXT NOT NULL DEFAULT 'draft'
        CHECK (status IN ('draft', 'submitted', 'returned', 'accepted')),
    version            BIGINT NOT NULL DEFAULT 1,
    content            TEXT NOT NULL,
    return_comment     TEXT NOT NULL DEFAULT '',
    created_at         TIMESTAMPTZ NOT NULL,
    updated_at         TIMESTAMPTZ NOT NULL,
    updated_by         BIGINT REFERENCES users (id),
    submitted_at       TIMESTAMPTZ,
    submitted_by       BIGINT REFERENCES users (id),
    decided_at         TIMESTAMPTZ,
    decided_by         BIGINT REFERENCES users (id),
    reminded_before_at TIMESTAMPTZ,
    reminded_after_at  TIMESTAMPTZ,
    UNIQUE (trial_id, due_date, kind)
);
-- The dashboards' question: which reports await their writers, by due date.
CREATE INDEX trial_reports_waiting ON trial_reports (status, due_date);
