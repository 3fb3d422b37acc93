-- Evaluations (issue 14, item 3): of one trial, or of a whole scheme (a joint evaluation,
-- trial_id NULL), of a kind (process, results, transferability). A draft is written by the
-- researchers assigned to it and published once; published content is frozen (the triggers
-- below), and a correction is a recorded note beside it, never a silent edit. While its
-- embargo date has not come, the public sees only that it exists and when it will be
-- published. The dossier reads findings and recommendations by (trial_id, exemption), where
-- exemption is the granted exemption's position in its application's requested exemptions.

CREATE TABLE evaluations (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    scheme_id     BIGINT NOT NULL REFERENCES schemes (id),
    trial_id      BIGINT REFERENCES trials (id),
    kind          TEXT NOT NULL CHECK (kind IN ('process', 'results', 'transferability')),
    status        TEXT NOT NULL CHECK (status IN ('draft', 'published')),
    title         TEXT NOT NULL,
    summary       TEXT NOT NULL,
    -- The research plan of the same trial or scheme it was written under, if any.
    plan_id       BIGINT REFERENCES research_plans (id),
    embargo_until DATE,
    -- Counted up at every edit of a draft, so two researchers do not overwrite each other.
    version       BIGINT NOT NULL,
    created_at    TIMESTAMPTZ NOT NULL,
    created_by    BIGINT REFERENCES users (id),
    updated_at    TIMESTAMPTZ NOT NULL,
    published_at  TIMESTAMPTZ,
    published_by  BIGINT REFERENCES users (id),
    CHECK ((status = 'published') = (published_at IS NOT NULL))
);
CREATE INDEX evaluations_trial ON evaluations (trial_id, id);
CREATE INDEX evaluations_scheme ON evaluations (scheme_id, id);

CREATE TABLE evaluation_findings (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    evaluation_id BIGINT NOT NULL REFERENCES evaluations (id),
    position      BIGINT NOT NULL,
    text          TEXT NOT NULL,
    strength      TEXT NOT NULL CHECK (strength IN ('strong', 'moderate', 'weak', 'inconclusive')),
    UNIQUE (evaluation_id, position)
);

-- The granted exemptions a finding concerns.
CREATE TABLE evaluation_finding_exemptions (
    finding_id BIGINT NOT NULL REFERENCES evaluation_findings (id),
    trial_id   BIGINT NOT NULL REFERENCES trials (id),
    exemption  BIGINT NOT NULL,
    PRIMARY KEY (finding_id, trial_id, exemption)
);
CREATE INDEX evaluation_finding_exemptions_exemption
    ON evaluation_finding_exemptions (trial_id, exemption);

-- The indicators of the trial a finding concerns.
CREATE TABLE evaluation_finding_indicators (
    finding_id   BIGINT NOT NULL REFERENCES evaluation_findings (id),
    indicator_id BIGINT NOT NULL REFERENCES indicators (id),
    PRIMARY KEY (finding_id, indicator_id)
);

-- One recommendation per granted exemption the evaluation covers, with its reasons.
CREATE TABLE evaluation_recommendations (
    evaluation_id  BIGINT NOT NULL REFERENCES evaluations (id),
    trial_id       BIGINT NOT NULL REFERENCES trials (id),
    exemption      BIGINT NOT NULL,
    recommendation TEXT NOT NULL CHECK (recommendation IN
        ('make_general', 'make_general_with_changes', 'continue_trying', 'drop')),
    reasons        TEXT NOT NULL,
    PRIMARY KEY (evaluation_id, trial_id, exemption)
);
CREATE INDEX evaluation_recommendations_exemption
    ON evaluation_recommendations (trial_id, exemption);

-- The full report (a PDF or similar) in the object store; public only when its evaluation
-- is published and out of embargo, which a flag fixed at upload could not follow.
CREATE TABLE evaluation_documents (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    evaluation_id BIGINT NOT NULL REFERENCES evaluations (id),
    title         TEXT NOT NULL,
    file_name     TEXT NOT NULL,
    file_type     TEXT NOT NULL,
    size_bytes    BIGINT NOT NULL CHECK (size_bytes > 0),
    sha256        TEXT NOT NULL,
    object_key    TEXT NOT NULL UNIQUE,
    uploaded_by   BIGINT REFERENCES users (id),
    uploaded_at   TIMESTAMPTZ NOT NULL
);
CREATE INDEX evaluation_documents_evaluation ON evaluation_documents (evaluation_id, id);

-- Corrections of a published evaluation: notes beside it, the content itself unchanged.
CREATE TABLE evaluation_corrections (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    evaluation_id BIGINT NOT NULL REFERENCES evaluations (id),
    note          TEXT NOT NULL,
    recorded_at   TIMESTAMPTZ NOT NULL,
    recorded_by   BIGINT REFERENCES users (id)
);
CREATE INDEX evaluation_corrections_evaluation ON evaluation_corrections (evaluation_id, id);

-- A published evaluation's content is frozen.
CREATE FUNCTION evaluations_frozen() RETURNS trigger AS $$
BEGIN
    IF OLD.status = 'published' THEN
        RAISE EXCEPTION 'a published evaluation is frozen; record a correction instead';
    END IF;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER evaluations_frozen BEFORE UPDATE ON evaluations
    FOR EACH ROW EXECUTE FUNCTION evaluations_frozen();

-- Findings and recommendations of a published evaluation neither come nor go.
CREATE FUNCTION evaluation_parts_frozen() RETURNS trigger AS $$
DECLARE
    evaluation BIGINT;
BEGIN
    IF TG_OP = 'DELETE' THEN
        evaluation := OLD.evaluation_id;
    ELSE
        evaluation := NEW.evaluation_id;
    END IF;
    IF (SELECT status FROM evaluations WHERE id = evaluation) = 'published' THEN
        RAISE EXCEPTION 'a published evaluation is frozen; record a correction instead';
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER evaluation_findings_frozen BEFORE INSERT OR UPDATE OR DELETE
    ON evaluation_findings FOR EACH ROW EXECUTE FUNCTION evaluation_parts_frozen();
CREATE TRIGGER evaluation_recommendations_frozen BEFORE INSERT OR UPDATE OR DELETE
    ON evaluation_recommendations FOR EACH ROW EXECUTE FUNCTION evaluation_parts_frozen();
