-- Blind, independent assessment: an assessor states that they have no conflict of interest
-- before anything of the case's assessment is shown, and submits their own assessment
-- before the others' scores are shown; the secretariat asks the assessors for a consensus.

ALTER TABLE assessor_assignments ADD COLUMN no_conflict_stated_at TEXT;
ALTER TABLE assessor_assignments ADD COLUMN submitted_at TEXT;

CREATE TABLE consensus_requests (
    id             INTEGER PRIMARY KEY,
    application_id BIGINT NOT NULL REFERENCES applications (id),
    requested_by   BIGINT REFERENCES users (id),
    message        TEXT NOT NULL,
    requested_at   TEXT NOT NULL
);
CREATE INDEX consensus_requests_application ON consensus_requests (application_id, id);
