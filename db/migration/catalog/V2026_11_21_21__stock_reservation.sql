-- What the order saga's ReserveStock/ReleaseStock did for each order (ADR 0009).
-- One outcome per order: RESERVED | REJECTED (reason, product_id) | RELEASED. The primary key is what makes a
-- redelivered or racing request find the first answer instead of reserving twice. A RELEASED outcome without
-- reservation rows is a tombstone: the order was released before it reserved anything.
CREATE TABLE stock_reservation_outcome
(
  order_id    BIGINT      NOT NULL,
  outcome     VARCHAR(16) NOT NULL,
  reason      VARCHAR(32) NULL,
  product_id  BIGINT      NULL,
  decided_at  DATETIME(6) NOT NULL,
  released_at DATETIME(6) NULL,
  PRIMARY KEY (order_id)
);

-- One row per product an order reserved, with the name and unit price it was reserved at (what the order
-- charges). status: RESERVED | RELEASED; each row is given back once.
CREATE TABLE stock_reservation
(
  order_id    BIGINT       NOT NULL,
  product_id  BIGINT       NOT NULL,
  quantity    INT          NOT NULL,
  unit_price  BIGINT       NOT NULL,
  name        VARCHAR(200) NOT NULL,
  status      VARCHAR(16)  NOT NULL,
  reserved_at DATETIME(6)  NOT NULL,
  PRIMARY KEY (order_id, product_id),
  CONSTRAINT stock_reservation_quantity_positive CHECK (quantity >= 1)
);
