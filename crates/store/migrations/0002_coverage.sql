-- How far each scanned source reaches: the newest message date seen in it.
-- Missing-credit checks use this to say "cannot check" rather than "missing"
-- when the mail that would prove a credit has not been scanned yet.
CREATE TABLE coverage (
    source      TEXT PRIMARY KEY,
    kind        TEXT NOT NULL,
    newest_seen TEXT NOT NULL,
    scanned_at  TEXT NOT NULL
);
