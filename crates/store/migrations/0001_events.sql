-- The event log. Balances are never stored: they are derived from events.
-- Never edit a migration that has shipped; add a new one (sqlx checksums them).
-- Numbering: 0001-0009 ledger, 0010-0019 mail scanning, 0020-0029 export and
-- pages, 0030-0039 reminders, 0040-0049 planning.

CREATE TABLE imports (
    id          INTEGER PRIMARY KEY,
    source      TEXT NOT NULL,
    started_at  TEXT NOT NULL,
    events_seen INTEGER NOT NULL,
    events_added INTEGER NOT NULL,
    problems    INTEGER NOT NULL
);

CREATE TABLE events (
    seq                   INTEGER PRIMARY KEY,
    -- derived from the evidence (source scope + locator + index): the idempotency key
    id                    TEXT NOT NULL UNIQUE,
    import_id             INTEGER NOT NULL REFERENCES imports(id),
    kind                  TEXT NOT NULL,
    program               TEXT,
    amount_minor          BIGINT,
    currency              TEXT,
    points                BIGINT,
    code                  TEXT,
    expires_on            TEXT,
    order_id              TEXT,
    occurred_on           TEXT,
    categories            TEXT,
    percent_off           BIGINT,
    min_purchase_minor    BIGINT,
    min_purchase_currency TEXT,
    lot                   TEXT,
    balance               TEXT,
    marketplace           TEXT,
    note                  TEXT,
    ev_source             TEXT NOT NULL,
    ev_locator            TEXT NOT NULL,
    ev_origin             TEXT,
    ev_sender             TEXT,
    ev_subject            TEXT,
    ev_date               TEXT,
    ev_trust              TEXT NOT NULL,
    ev_trust_reason       TEXT
);

CREATE INDEX events_kind ON events(kind);
CREATE INDEX events_order ON events(order_id);

-- What could not be read or was not believed, so the user can find it again.
CREATE TABLE problems (
    id        INTEGER PRIMARY KEY,
    import_id INTEGER NOT NULL REFERENCES imports(id),
    kind      TEXT NOT NULL,
    source    TEXT NOT NULL,
    locator   TEXT NOT NULL,
    origin    TEXT,
    message   TEXT NOT NULL,
    UNIQUE (kind, locator, message)
);
