-- The law catalogue: acts and their sections (provisions), imported from the official
-- formats. The search index is derived from these tables and can be rebuilt at any time.

CREATE TABLE acts (
    id               BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    jurisdiction     TEXT NOT NULL CHECK (jurisdiction IN ('no', 'dk', 'se')),
    official_id      TEXT NOT NULL,
    kind             TEXT NOT NULL,
    refid            TEXT,
    accession_number TEXT,
    title            TEXT NOT NULL,
    short_title      TEXT,
    abbreviation     TEXT,
    ministry         TEXT,
    date_in_force    TEXT,
    date_signed      TEXT,
    date_last_change TEXT,
    status           TEXT,
    url              TEXT,
    in_force         BOOLEAN NOT NULL,
    -- A digest of the parsed document: a re-import of the same text changes nothing.
    digest           TEXT NOT NULL,
    imported_at      TIMESTAMPTZ NOT NULL,
    updated_at       TIMESTAMPTZ NOT NULL,
    UNIQUE (jurisdiction, official_id)
);

-- One row per section, addressed by chapter and section as the law writes them. The
-- address is stable across re-imports, so links to a provision survive an update.
CREATE TABLE provisions (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    act_id          BIGINT NOT NULL REFERENCES acts (id) ON DELETE CASCADE,
    jurisdiction    TEXT NOT NULL,
    address         TEXT NOT NULL,
    position        BIGINT NOT NULL,
    chapter         TEXT,
    chapter_heading TEXT,
    section         TEXT NOT NULL,
    label           TEXT NOT NULL,
    heading         TEXT,
    subsections     TEXT NOT NULL,
    body            TEXT NOT NULL,
    UNIQUE (act_id, address)
);
CREATE INDEX provisions_act ON provisions (act_id, position);

-- PostgreSQL's own full-text search over the same text, in each country's language: the
-- baseline the search benchmark measures Frirum's index against.
ALTER TABLE provisions ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
    to_tsvector(
        CASE jurisdiction
            WHEN 'no' THEN 'norwegian'::regconfig
            WHEN 'dk' THEN 'danish'::regconfig
            ELSE 'swedish'::regconfig
        END,
        coalesce(heading, '') || ' ' || body)
) STORED;
CREATE INDEX provisions_search ON provisions USING GIN (search_vector);

-- Which provisions submitted applications asked exemption from: the platform's own
-- evidence for suggestions ("asked for by N applications").
CREATE TABLE application_provisions (
    application_id BIGINT NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
    provision_id   BIGINT NOT NULL REFERENCES provisions (id) ON DELETE CASCADE,
    PRIMARY KEY (application_id, provision_id)
);
CREATE INDEX application_provisions_provision ON application_provisions (provision_id);
