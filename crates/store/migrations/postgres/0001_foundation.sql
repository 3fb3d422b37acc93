-- Foundation: the organisation registry, accounts, sessions, API tokens and login throttling.

CREATE TABLE organisations (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    country     TEXT NOT NULL CHECK (country IN ('no', 'dk', 'se')),
    code        TEXT NOT NULL,
    name        TEXT NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('municipality', 'county', 'region')),
    parent_code TEXT,
    -- The name folded for diacritics-insensitive search (frirum_domain::search::fold).
    search_key  TEXT NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL,
    updated_at  TIMESTAMPTZ NOT NULL,
    UNIQUE (country, code)
);
CREATE INDEX organisations_parent ON organisations (country, parent_code);

-- Every population figure ever imported; the newest reference date is the current one.
CREATE TABLE population_figures (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    organisation_id BIGINT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    population      BIGINT NOT NULL CHECK (population >= 0),
    reference_date  DATE NOT NULL,
    source          TEXT NOT NULL,
    uncertain       BOOLEAN NOT NULL DEFAULT FALSE,
    imported_at     TIMESTAMPTZ NOT NULL,
    UNIQUE (organisation_id, reference_date)
);

CREATE TABLE users (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email           TEXT NOT NULL UNIQUE,
    name            TEXT NOT NULL,
    role            TEXT NOT NULL CHECK (role IN ('admin', 'applicant', 'assessor', 'researcher')),
    organisation_id BIGINT REFERENCES organisations (id),
    language        TEXT CHECK (language IN ('nb', 'nn', 'da', 'sv', 'en')),
    password_hash   TEXT NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL
);

-- Only a hash of the session token is kept, so a copy of the database opens no session.
CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY,
    user_id    BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at TIMESTAMPTZ NOT NULL,
    expires_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX sessions_user ON sessions (user_id);

CREATE TABLE api_tokens (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id      BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name         TEXT NOT NULL,
    token_hash   TEXT NOT NULL UNIQUE,
    prefix       TEXT NOT NULL,
    created_at   TIMESTAMPTZ NOT NULL,
    last_used_at TIMESTAMPTZ,
    revoked_at   TIMESTAMPTZ
);
CREATE INDEX api_tokens_user ON api_tokens (user_id);

CREATE TABLE login_failures (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_key TEXT NOT NULL,
    address_key TEXT NOT NULL,
    failed_at   TIMESTAMPTZ NOT NULL
);
CREATE INDEX login_failures_account ON login_failures (account_key, failed_at);
CREATE INDEX login_failures_address ON login_failures (address_key, failed_at);
