-- Second factor and sessions a person can see (issue 18, items 3 and 4).

-- Each session is shown to its person by a public id (never its secret's hash), with the
-- device and address it was opened from and when it was last used (written at most once a
-- minute).
ALTER TABLE sessions ADD COLUMN public_id TEXT;
ALTER TABLE sessions ADD COLUMN user_agent TEXT;
ALTER TABLE sessions ADD COLUMN address TEXT;
ALTER TABLE sessions ADD COLUMN last_seen_at TIMESTAMPTZ;
UPDATE sessions SET public_id = md5(random()::text || token_hash), last_seen_at = created_at;
CREATE UNIQUE INDEX sessions_public_id ON sessions (public_id);

-- A person's TOTP secret (RFC 6238). It must be read back to check a code, so it is kept as
-- it is; `confirmed_at` is NULL while enrolment waits for the first code; `last_step` is the
-- time step of the last code accepted, so that a code is not accepted twice.
CREATE TABLE second_factors (
    user_id      BIGINT PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    secret       TEXT NOT NULL,
    created_at   TIMESTAMPTZ NOT NULL,
    confirmed_at TIMESTAMPTZ,
    last_step    BIGINT
);

-- Recovery codes, each usable once; only an Argon2id hash is kept.
CREATE TABLE recovery_codes (
    id        BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id   BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    code_hash TEXT NOT NULL,
    used_at   TIMESTAMPTZ
);
CREATE INDEX recovery_codes_user ON recovery_codes (user_id);

-- The half-signed-in state between a right password and the second step: not a session
-- (it opens nothing but the second step's page), short-lived, kept by the hash of the
-- browser's secret so that any server on the database can go on with it.
CREATE TABLE sign_in_challenges (
    token_hash TEXT PRIMARY KEY,
    user_id    BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    purpose    TEXT NOT NULL CHECK (purpose IN ('code', 'enrol')),
    created_at TIMESTAMPTZ NOT NULL,
    expires_at TIMESTAMPTZ NOT NULL,
    attempts   BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX sign_in_challenges_user ON sign_in_challenges (user_id);

-- A person's own security history: sign-ins and failures, the second factor's changes,
-- sessions ended, and by whom when it was not the person.
CREATE TABLE account_events (
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id    BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    at         TIMESTAMPTZ NOT NULL,
    kind       TEXT NOT NULL,
    actor_id   BIGINT REFERENCES users (id) ON DELETE SET NULL,
    address    TEXT,
    user_agent TEXT
);
CREATE INDEX account_events_user ON account_events (user_id, at DESC, id DESC);
