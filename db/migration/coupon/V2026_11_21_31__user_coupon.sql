-- A coupon a user won. One per (coupon, user): the UNIQUE key is what makes a duplicate issue impossible, whatever
-- happens to the Redis gate. status: AVAILABLE | USED (EXPIRED is derived from expires_at when read, never stored).
-- A USED coupon names the order it was used for. No foreign key to coupon on purpose: it would take a shared lock
-- on the coupon row at insert, which two winners then both try to upgrade for the issued_quantity UPDATE (deadlock).
CREATE TABLE user_coupon
(
  user_coupon_id BIGINT      NOT NULL AUTO_INCREMENT,
  coupon_id      BIGINT      NOT NULL,
  user_id        BIGINT      NOT NULL,
  status         VARCHAR(16) NOT NULL,
  issued_at      DATETIME(6) NOT NULL,
  expires_at     DATETIME(6) NOT NULL,
  used_at        DATETIME(6) NULL,
  order_id       BIGINT      NULL,
  PRIMARY KEY (user_coupon_id),
  CONSTRAINT user_coupon_once_per_user UNIQUE (coupon_id, user_id)
);

CREATE INDEX user_coupon_by_user ON user_coupon (user_id, user_coupon_id);
