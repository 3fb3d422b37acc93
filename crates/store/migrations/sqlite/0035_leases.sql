-- Several servers on one database (issue 17, item 4): the law sync's lease becomes the one
-- lease table every scheduled job takes (upkeep, the law sync, the open-data export), and
-- each finished run of a job is recorded, for the operations page and the metrics.

ALTER TABLE law_sync_lease RENAME TO leases;

CREATE TABLE job_runs (
    id          INTEGER PRIMARY KEY,
    job         TEXT NOT NULL,
    holder      TEXT NOT NULL,
    started_at  TEXT NOT NULL,
    finished_at TEXT NOT NULL,
    outcome     TEXT NOT NULL CHECK (outcome IN ('done', 'failed')),
    detail      TEXT
);
CREATE INDEX job_runs_job_started ON job_runs (job, started_at DESC, id DESC);
