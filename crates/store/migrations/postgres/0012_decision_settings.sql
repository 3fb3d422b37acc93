-- How a scheme's decisions are made and what their letters say, apart from its versioned
-- rules: the safeguards (no decision before the round's deadline nor without a completed
-- screening; on unless a row turns them off), the issuing authority, the legal basis and
-- the appeal guidance. A scheme without a row has the defaults.
CREATE TABLE scheme_decision_settings (
    scheme_id         BIGINT PRIMARY KEY REFERENCES schemes (id),
    safeguards        BOOLEAN NOT NULL,
    issuing_authority TEXT NOT NULL,
    legal_basis       TEXT NOT NULL,
    appeal_guidance   TEXT NOT NULL,
    updated_at        TIMESTAMPTZ NOT NULL
);

-- The signing secretariat member's title, as the letter shows it under their name.
ALTER TABLE decisions ADD COLUMN signatory_title TEXT NOT NULL DEFAULT '';
