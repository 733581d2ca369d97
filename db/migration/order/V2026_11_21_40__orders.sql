-- The order module's tables. An order row is also its saga's state: each saga step locks the row
-- (SELECT ... FOR UPDATE), checks the step it expects, and moves on in the same short transaction.
-- saga_state: RESERVING_STOCK | REDEEMING_COUPON | PAYING | COMPLETED | COMPENSATING | FAILED | CANCELLING | CANCELLED
CREATE TABLE orders
(
  order_id                BIGINT      NOT NULL AUTO_INCREMENT,
  user_id                 BIGINT      NOT NULL,
  saga_state              VARCHAR(20) NOT NULL,
  failure_reason          VARCHAR(32) NULL,
  user_coupon_id          BIGINT      NULL,
  total_amount            BIGINT      NULL,
  discount_amount         BIGINT      NULL,
  paid_amount             BIGINT      NULL,
  awaiting_stock_release  BOOLEAN     NOT NULL,
  awaiting_coupon_restore BOOLEAN     NOT NULL,
  awaiting_points_refund  BOOLEAN     NOT NULL,
  created_at              DATETIME(6) NOT NULL,
  completed_at            DATETIME(6) NULL,
  failed_at               DATETIME(6) NULL,
  cancelled_at            DATETIME(6) NULL,
  PRIMARY KEY (order_id)
);

CREATE INDEX orders_by_user ON orders (user_id, order_id);

-- Name and unit price are the catalog's at reservation time (never the client's).
CREATE TABLE order_line
(
  order_id   BIGINT       NOT NULL,
  product_id BIGINT       NOT NULL,
  quantity   INT          NOT NULL,
  name       VARCHAR(200) NULL,
  unit_price BIGINT       NULL,
  PRIMARY KEY (order_id, product_id)
);
