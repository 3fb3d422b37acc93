-- Four eyes: a scheme may have every decision approved by a second secretariat member
-- before it is recorded and published. Until then the proposal waits here, one per
-- application; recording the decision removes it in the same transaction.
ALTER TABLE scheme_decision_settings ADD COLUMN four_eyes BOOLEAN NOT NULL DEFAULT FALSE;

CREATE TABLE pending_decisions (
    application_id BIGINT PRIMARY KEY REFERENCES applications (id),
    -- The decision as proposed (a checked DecisionDraft as JSON).
    draft          TEXT NOT NULL,
    proposed_by    BIGINT NOT NULL REFERENCES users (id),
    proposed_at    TIMESTAMPTZ NOT NULL
);
