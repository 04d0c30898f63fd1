-- Orders as Amazon's data export describes them: facts about orders, not
-- credit events. Upserted by order id (a later export refines an order, a
-- partial file never shrinks it). Used to learn which `Shipping Option`
-- code means No-Rush (joined to No-Rush grants from mail) and to find
-- No-Rush orders that never produced a credit.
CREATE TABLE orders (
    order_id           TEXT PRIMARY KEY,
    kind               TEXT NOT NULL,
    ordered_on         TEXT,
    website            TEXT,
    marketplace        TEXT,
    -- Σ Total Owed / Total Amount over the order's rows
    total_minor        BIGINT,
    total_currency     TEXT,
    -- rows (shipment items, monetary components) seen for the order
    items              INTEGER NOT NULL,
    payment            TEXT,
    -- gift-card balance paid part of it (the export does not say how much)
    gift_card_used     INTEGER NOT NULL,
    status             TEXT,
    credit_used_minor  BIGINT,
    credit_currency    TEXT,
    refunded_minor     BIGINT,
    refund_currency    TEXT,
    origin             TEXT,
    first_import_id    INTEGER NOT NULL REFERENCES imports(id),
    last_import_id     INTEGER NOT NULL REFERENCES imports(id)
);

CREATE INDEX orders_ordered_on ON orders(ordered_on);

-- Every Shipping Option an order's shipments used, as Amazon wrote it.
CREATE TABLE order_shipping (
    order_id        TEXT NOT NULL REFERENCES orders(order_id),
    shipping_option TEXT NOT NULL,
    PRIMARY KEY (order_id, shipping_option)
);

CREATE INDEX order_shipping_option ON order_shipping(shipping_option);
