-- Generalisation (issue 14, item 4): what became of each granted exemption of an ended
-- trial, recorded by the secretariat in its country's categories, with the reasons, the
-- evaluations it rests on and the resulting bill or act. The citation is kept as typed;
-- when the parser resolves it against the catalogue the act (and the provision, when the
-- citation names a section) are kept beside it, else `resolved` is false and the outcome
-- is flagged for the secretariat. Outcomes are appended: the latest per exemption counts,
-- the earlier ones stay as history.

CREATE TABLE generalisation_outcomes (
    id                     INTEGER PRIMARY KEY,
    trial_id               BIGINT NOT NULL REFERENCES trials (id),
    -- The position of the granted exemption in the application's requested exemptions.
    exemption              BIGINT NOT NULL CHECK (exemption >= 0),
    category               TEXT NOT NULL CHECK (category IN
        ('spread_fully', 'spread_partly', 'not_spread', 'stopped_or_never_started',
         'followed_up_elsewhere', 'made_permanent', 'continued_until_reform', 'ended')),
    reasons                TEXT NOT NULL CHECK (reasons <> ''),
    resulting_citation     TEXT,
    resulting_act_id       BIGINT REFERENCES acts (id),
    -- No foreign key: a re-import may remove a section; the citation's text stays.
    resulting_provision_id BIGINT,
    in_force               TEXT,
    resolved               BOOLEAN NOT NULL,
    recorded_by            BIGINT REFERENCES users (id),
    recorded_at            TEXT NOT NULL,
    CHECK (NOT resolved OR resulting_act_id IS NOT NULL),
    CHECK (resulting_provision_id IS NULL OR resulting_act_id IS NOT NULL)
);
CREATE INDEX generalisation_outcomes_trial ON generalisation_outcomes (trial_id, exemption, id);

-- The evaluations an outcome rests on (of the trial, or joint ones of its scheme: the use
-- case checks which).
CREATE TABLE generalisation_outcome_evaluations (
    outcome_id    BIGINT NOT NULL REFERENCES generalisation_outcomes (id),
    evaluation_id BIGINT NOT NULL REFERENCES evaluations (id),
    PRIMARY KEY (outcome_id, evaluation_id)
);

-- An outcome is history once recorded: a change is a new outcome.
CREATE TRIGGER generalisation_outcomes_kept BEFORE UPDATE ON generalisation_outcomes
BEGIN
    SELECT RAISE(ABORT, 'a generalisation outcome is kept as recorded; record a new one');
END;
CREATE TRIGGER generalisation_outcomes_no_delete BEFORE DELETE ON generalisation_outcomes
BEGIN
    SELECT RAISE(ABORT, 'a generalisation outcome is kept as recorded; record a new one');
END;
CREATE TRIGGER generalisation_outcome_evaluations_kept
    BEFORE UPDATE ON generalisation_outcome_evaluations
BEGIN
    SELECT RAISE(ABORT, 'a generalisation outcome is kept as recorded; record a new one');
END;
CREATE TRIGGER generalisation_outcome_evaluations_no_delete
    BEFORE DELETE ON generalisation_outcome_evaluations
BEGIN
    SELECT RAISE(ABORT, 'a generalisation outcome is kept as recorded; record a new one');
END;
