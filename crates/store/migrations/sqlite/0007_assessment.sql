-- Assessment: assessors assigned to applications with their conflicts of interest, their
-- scores per criterion, the secretariat's consensus scores, and private notes with replies.

CREATE TABLE assessor_assignments (
    application_id  BIGINT NOT NULL REFERENCES applications (id),
    assessor_id     BIGINT NOT NULL REFERENCES users (id),
    assigned_by     BIGINT REFERENCES users (id),
    assigned_at     TEXT NOT NULL,
    -- A conflict is declared by the assessor or found from the assessor's organisation.
    conflict_source TEXT CHECK (conflict_source IN ('declared', 'employment')),
    conflict_reason TEXT,
    conflict_at     TEXT,
    PRIMARY KEY (application_id, assessor_id)
);
CREATE INDEX assessor_assignments_assessor ON assessor_assignments (assessor_id);

-- One score per assessor and criterion; saving again replaces the assessor's own.
CREATE TABLE assessment_scores (
    application_id BIGINT NOT NULL REFERENCES applications (id),
    assessor_id    BIGINT NOT NULL REFERENCES users (id),
    criterion      TEXT NOT NULL,
    score          BIGINT NOT NULL,
    comment        TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    PRIMARY KEY (application_id, assessor_id, criterion)
);

CREATE TABLE consensus_scores (
    application_id BIGINT NOT NULL REFERENCES applications (id),
    criterion      TEXT NOT NULL,
    score          BIGINT NOT NULL,
    comment        TEXT NOT NULL,
    set_by         BIGINT REFERENCES users (id),
    updated_at     TEXT NOT NULL,
    PRIMARY KEY (application_id, criterion)
);

CREATE TABLE assessment_notes (
    id             INTEGER PRIMARY KEY,
    application_id BIGINT NOT NULL REFERENCES applications (id),
    parent_id      BIGINT REFERENCES assessment_notes (id),
    author_id      BIGINT REFERENCES users (id),
    body           TEXT NOT NULL,
    created_at     TEXT NOT NULL
);
CREATE INDEX assessment_notes_application ON assessment_notes (application_id, id);
