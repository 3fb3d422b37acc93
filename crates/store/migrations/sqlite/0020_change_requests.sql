-- Change requests of trials in operation (issue 13, items 4 and 5). A request keeps what
-- it asks for (`proposal`, JSON) and the values before and after as they stood when it was
-- made (`changes`); it is decided once: the decision is a conditional UPDATE of a submitted
-- request, and an approval writes the trial's new version in the same transaction, so no
-- request is ever approved without the version that applied it (`applied_version`).

CREATE TABLE change_requests (
    id               INTEGER PRIMARY KEY,
    trial_id         BIGINT NOT NULL REFERENCES trials (id),
    kind             TEXT NOT NULL CHECK (kind IN ('extend_period', 'shorten_period',
                         'add_participant', 'remove_participant', 'change_objectives',
                         'change_exemptions', 'put_on_hold', 'end_early')),
    class            TEXT NOT NULL CHECK (class IN ('major', 'minor')),
    status           TEXT NOT NULL CHECK (status IN ('submitted', 'approved', 'rejected',
                         'withdrawn')),
    proposal         TEXT NOT NULL,
    reason           TEXT NOT NULL,
    changes          TEXT NOT NULL,
    based_on_version BIGINT NOT NULL,
    submitted_by     BIGINT REFERENCES users (id),
    submitted_at     TEXT NOT NULL,
    decided_by       BIGINT REFERENCES users (id),
    decided_at       TEXT,
    decision_reason  TEXT NOT NULL DEFAULT '',
    screening_note   TEXT,
    applied_version  BIGINT,
    CHECK ((status = 'approved') = (applied_version IS NOT NULL))
);
CREATE INDEX change_requests_trial ON change_requests (trial_id, id);
CREATE INDEX change_requests_open ON change_requests (status) WHERE status = 'submitted';
