-- Local regulations (issue 13, item 1): every participant of a trial adopts its own
-- regulation (a Norwegian forsøksforskrift, a Danish frikommunevedtægt, Swedish lokala
-- föreskrifter) before the trial may start. Frirum drafts the text; the participant records
-- the adoption; the secretariat approves it where the scheme says so. `version` guards
-- against two people saving or approving the same regulation at once.

CREATE TABLE trial_regulations (
    trial_id        BIGINT NOT NULL REFERENCES trials (id),
    organisation_id BIGINT NOT NULL REFERENCES organisations (id),
    version         BIGINT NOT NULL,
    status          TEXT NOT NULL CHECK (status IN ('drafted', 'adopted', 'approved')),
    kind            TEXT NOT NULL,
    language        TEXT NOT NULL,
    title           TEXT NOT NULL,
    text            TEXT NOT NULL,
    adopted_on      TEXT,
    adopted_by      TEXT NOT NULL,
    reference       TEXT NOT NULL,
    in_force_from   TEXT,
    approved_by     BIGINT REFERENCES users (id),
    approved_at     TEXT,
    updated_at      TEXT NOT NULL,
    PRIMARY KEY (trial_id, organisation_id),
    CHECK ((status = 'drafted') = (adopted_on IS NULL)),
    CHECK ((adopted_on IS NULL) = (in_force_from IS NULL)),
    CHECK (in_force_from IS NULL OR in_force_from >= adopted_on),
    CHECK ((status = 'approved') = (approved_at IS NOT NULL))
);
CREATE INDEX trial_regulations_status ON trial_regulations (status);
CREATE INDEX trial_regulations_organisation ON trial_regulations (organisation_id);

-- Whether the secretariat approves a scheme's adopted regulations. No row: the country's
-- default (Norway yes, Denmark and Sweden no).
CREATE TABLE scheme_regulation_settings (
    scheme_id         BIGINT PRIMARY KEY REFERENCES schemes (id),
    requires_approval BOOLEAN NOT NULL,
    updated_at        TEXT NOT NULL
);
