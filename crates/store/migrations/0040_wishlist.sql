-- The wishlist the planner buys from. Prices are integer minor units with their
-- currency; each sale is a lower price valid from sale_from to sale_to (days included).
CREATE TABLE wishlist (
    id          INTEGER PRIMARY KEY,
    title       TEXT NOT NULL,
    price_minor BIGINT NOT NULL CHECK (price_minor > 0),
    currency    TEXT NOT NULL,
    category    TEXT NOT NULL,
    want        TEXT NOT NULL CHECK (want IN ('must', 'want', 'maybe')),
    added_at    TEXT NOT NULL
);

CREATE TABLE wishlist_sales (
    id          INTEGER PRIMARY KEY,
    item_id     INTEGER NOT NULL REFERENCES wishlist(id) ON DELETE CASCADE,
    price_minor BIGINT NOT NULL CHECK (price_minor > 0),
    sale_from   TEXT NOT NULL,
    sale_to     TEXT NOT NULL CHECK (sale_to >= sale_from)
);

CREATE INDEX wishlist_sales_item ON wishlist_sales(item_id);
