-- Testbeds' partners (issue 15, item 5): the partner register, a trial's partners with the
-- demands placed on them and the public values protected, every status report's review of
-- each, the secretariat's acknowledgement of a breach, and partner agreements as trial
-- documents.

-- A national identifier is stored normalised (digits only) and is unique per country.
CREATE TABLE partners (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('company', 'university', 'consultant',
        'research_institute', 'civil_society', 'public_body', 'other')),
    country     TEXT NOT NULL CHECK (country IN ('no', 'dk', 'se')),
    national_id TEXT,
    website     TEXT,
    created_by  BIGINT REFERENCES users (id),
    created_at  TEXT NOT NULL
);
CREATE UNIQUE INDEX partners_national_id ON partners (country, national_id)
    WHERE national_id IS NOT NULL;
CREATE INDEX partners_name ON partners (name);

CREATE TABLE trial_partners (
    id         INTEGER PRIMARY KEY,
    trial_id   BIGINT NOT NULL REFERENCES trials (id),
    partner_id BIGINT NOT NULL REFERENCES partners (id),
    role       TEXT NOT NULL,
    added_at   TEXT NOT NULL,
    UNIQUE (trial_id, partner_id)
);
CREATE INDEX trial_partners_partner ON trial_partners (partner_id);

-- A demand placed on a partner (kind: a demand kind) or a public value protected in the
-- partnership (kind: a public value), with its text or note.
CREATE TABLE partner_items (
    id               INTEGER PRIMARY KEY,
    trial_partner_id BIGINT NOT NULL REFERENCES trial_partners (id),
    item             TEXT NOT NULL CHECK (item IN ('demand', 'value')),
    kind             TEXT NOT NULL,
    text             TEXT NOT NULL,
    added_at         TEXT NOT NULL,
    CHECK ((item = 'demand' AND kind IN ('data_access', 'open_standards',
            'ownership_of_results', 'exit', 'confidentiality', 'other'))
        OR (item = 'value' AND kind IN ('inclusion', 'transparency', 'professional_ethics',
            'privacy', 'equal_treatment', 'other')))
);
CREATE INDEX partner_items_partner ON partner_items (trial_partner_id, id);

-- A status report's verdict on one item; a breach stays on the secretariat's dashboard
-- until acknowledged.
CREATE TABLE partner_reviews (
    report_id       BIGINT NOT NULL REFERENCES trial_reports (id),
    item_id         BIGINT NOT NULL REFERENCES partner_items (id),
    verdict         TEXT NOT NULL CHECK (verdict IN ('kept', 'at_risk', 'breached')),
    note            TEXT NOT NULL,
    acknowledged_at TEXT,
    acknowledged_by BIGINT REFERENCES users (id),
    acknowledgement TEXT,
    PRIMARY KEY (report_id, item_id)
);
CREATE INDEX partner_reviews_item ON partner_reviews (item_id);

-- A partner agreement: a trial document linked to the trial's partner.
CREATE TABLE partner_documents (
    document_id      BIGINT PRIMARY KEY REFERENCES trial_documents (id),
    trial_partner_id BIGINT NOT NULL REFERENCES trial_partners (id)
);
CREATE INDEX partner_documents_partner ON partner_documents (trial_partner_id);
