-- How far each IMAP mailbox has been read, so a second scan fetches only new
-- mail. A mailbox whose UIDVALIDITY changed is read again from the start
-- (event ids are idempotent, so nothing is counted twice). Never a password.
CREATE TABLE imap_state (
    account      TEXT NOT NULL,   -- user@host:port
    mailbox      TEXT NOT NULL,
    selection    TEXT NOT NULL,   -- which messages were fetched: 'from-amazon' or 'all'
    uid_validity BIGINT NOT NULL,
    last_uid     BIGINT NOT NULL, -- every message with a UID up to this one has been read
    scanned_at   TEXT NOT NULL,
    PRIMARY KEY (account, mailbox)
);
