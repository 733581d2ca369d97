-- The coupon module's definitions. issued_quantity counts the user_coupon rows of the coupon and only ever moves
-- by one conditional UPDATE (... WHERE issued_quantity < total_quantity) in the transaction that inserts the row,
-- so MySQL alone guarantees no over-issue whatever the Redis issue gate says (ADR 0008).
-- discount_type: FIXED | PERCENT. Times are UTC. An issue window bound may be absent (open on that side).
CREATE TABLE coupon
(
  coupon_id           BIGINT       NOT NULL AUTO_INCREMENT,
  name                VARCHAR(200) NOT NULL,
  discount_type       VARCHAR(8)   NOT NULL,
  discount_value      BIGINT       NOT NULL,
  max_discount_amount BIGINT       NULL,
  min_order_amount    BIGINT       NOT NULL,
  total_quantity      BIGINT       NOT NULL,
  issued_quantity     BIGINT       NOT NULL,
  issue_starts_at     DATETIME(6)  NULL,
  issue_ends_at       DATETIME(6)  NULL,
  valid_days          INT          NOT NULL,
  created_at          DATETIME(6)  NOT NULL,
  PRIMARY KEY (coupon_id),
  CONSTRAINT coupon_issued_within_total CHECK (issued_quantity >= 0 AND issued_quantity <= total_quantity)
);
