-- Signing in through OpenID Connect providers (issue 18, item 1).
--
-- A sign-in under way: what the browser's return must match. Only the SHA-256 of the `state`
-- is kept; the row is deleted when the provider sends the browser back (single use) and is
-- worthless after `expires_at`. Kept in the database, not in one server's memory, so the
-- return may reach another server than the one that sent the browser away.
CREATE TABLE oidc_sign_ins (
    state_hash    TEXT PRIMARY KEY,
    provider      TEXT NOT NULL,
    nonce         TEXT NOT NULL,
    pkce_verifier TEXT NOT NULL,
    next_path     TEXT NOT NULL,
    -- The invitation being accepted through the provider, if any (its link's secret).
    invitation    TEXT,
    created_at    TIMESTAMPTZ NOT NULL,
    expires_at    TIMESTAMPTZ NOT NULL
);
CREATE INDEX oidc_sign_ins_expiry ON oidc_sign_ins (expires_at);

-- A person's identity at a provider (its `sub`), linked to their account at the first
-- sign-in that matched it. No national identity number is kept.
CREATE TABLE linked_identities (
    provider     TEXT NOT NULL,
    subject      TEXT NOT NULL,
    user_id      BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    linked_at    TIMESTAMPTZ NOT NULL,
    last_used_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (provider, subject)
);
CREATE INDEX linked_identities_user ON linked_identities (user_id);

-- Which provider signed a session in, so that logging out can end the provider's session too.
CREATE TABLE oidc_sessions (
    session_hash TEXT PRIMARY KEY REFERENCES sessions (token_hash) ON DELETE CASCADE,
    provider     TEXT NOT NULL
);
