-- Adoptions (issue 14, item 7): an application another municipality started from a running
-- or ended trial keeps the link to that trial, so that the draft and the application say
-- where they came from, the trial lists its adoptions and the provision dossier counts
-- them. A draft deleted takes its link with it.

CREATE TABLE application_adoptions (
    application_id BIGINT PRIMARY KEY REFERENCES applications (id) ON DELETE CASCADE,
    trial_id       BIGINT NOT NULL REFERENCES trials (id),
    adopted_by     BIGINT REFERENCES users (id),
    adopted_at     TEXT NOT NULL
);
CREATE INDEX application_adoptions_trial ON application_adoptions (trial_id);
