-- Reminders and digests (0030-0039).

-- Reminder offsets a user set for one lot with `unspent remind set LOT --days …`.
-- Keyed by lot id (the grant event's id), which is stable across rescans.
CREATE TABLE reminder_offsets (
    lot_id  TEXT PRIMARY KEY,
    -- comma-separated days before expiry, furthest first; empty = no reminders
    offsets TEXT NOT NULL,
    set_at  TEXT NOT NULL
);

-- Every reminder sent, written only after the channel accepted it, so a
-- rerun never sends twice and a failed send is retried on the next run.
CREATE TABLE reminders_sent (
    lot_id      TEXT NOT NULL,
    offset_days INTEGER NOT NULL,
    channel     TEXT NOT NULL,
    -- the day the reminder was due, and the day it went out (civil dates)
    due_on      TEXT NOT NULL,
    sent_on     TEXT NOT NULL,
    sent_at     TEXT NOT NULL,
    PRIMARY KEY (lot_id, offset_days, channel)
);

-- Digests delivered: "new since the last digest" counts events recorded
-- after `through_seq`.
CREATE TABLE digests (
    id          INTEGER PRIMARY KEY,
    sent_on     TEXT NOT NULL,
    sent_at     TEXT NOT NULL,
    through_seq INTEGER NOT NULL,
    channel     TEXT NOT NULL
);
