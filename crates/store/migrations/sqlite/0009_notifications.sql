-- Notifications: what a person sees in the interface, and the outbox of e-mails that tell
-- them. Both rows are written in one transaction, so a mail server that is down loses
-- nothing: the outbox keeps the mail and the sender tries again later.
-- Times compared by the sender (next_attempt_at, claimed_until) are stored in UTC with
-- whole seconds, so that SQLite compares the texts in time order.

CREATE TABLE notifications (
    id             INTEGER PRIMARY KEY,
    user_id        INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    kind           TEXT NOT NULL,
    application_id INTEGER REFERENCES applications (id),
    title          TEXT NOT NULL,
    body           TEXT NOT NULL,
    link           TEXT NOT NULL,
    created_at     TEXT NOT NULL,
    read_at        TEXT
);
CREATE INDEX notifications_user ON notifications (user_id, id);
CREATE INDEX notifications_unread ON notifications (user_id) WHERE read_at IS NULL;

CREATE TABLE mail_outbox (
    id              INTEGER PRIMARY KEY,
    user_id         INTEGER REFERENCES users (id) ON DELETE SET NULL,
    notification_id INTEGER REFERENCES notifications (id) ON DELETE SET NULL,
    kind            TEXT NOT NULL,
    application_id  INTEGER REFERENCES applications (id),
    address         TEXT NOT NULL,
    subject         TEXT NOT NULL,
    body            TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT NOT NULL,
    claimed_until   TEXT,
    sent_at         TEXT,
    last_error      TEXT
);
CREATE INDEX mail_outbox_due ON mail_outbox (next_attempt_at) WHERE sent_at IS NULL;
