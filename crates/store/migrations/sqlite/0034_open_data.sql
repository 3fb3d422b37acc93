-- Open data (issue 17, item 2): the downloads built from everything public, kept in the
-- database so that every server serves the same files, each with its ETag and generation
-- time, and the digest of the dataset the build came from, so that a build is made again
-- only when the public data changed.

CREATE TABLE open_data_build (
    id           INTEGER PRIMARY KEY CHECK (id = 1),
    digest       TEXT NOT NULL,
    generated_at TEXT NOT NULL
);

CREATE TABLE open_data_files (
    name         TEXT PRIMARY KEY,
    content_type TEXT NOT NULL,
    body         BLOB NOT NULL,
    size         BIGINT NOT NULL,
    etag         TEXT NOT NULL,
    generated_at TEXT NOT NULL
);
