-- The coupon module's answer to an order's RedeemCoupon, one row per order, so a redelivered request gets the same
-- answer and two deliveries racing each other collide on the key (the loser rolls back whole).
-- outcome: REDEEMED (discount taken) | REJECTED (reason) | RESTORED (was redeemed, then given back by RestoreCoupon).
-- A RestoreCoupon that arrives before its RedeemCoupon leaves a REJECTED row (user unknown, so user_id is NULL):
-- the late redemption is then refused and the coupon is never spent on an order that was already compensated.
CREATE TABLE coupon_redemption
(
  order_id       BIGINT      NOT NULL,
  user_coupon_id BIGINT      NOT NULL,
  user_id        BIGINT      NULL,
  outcome        VARCHAR(16) NOT NULL,
  discount       BIGINT      NOT NULL,
  reason         VARCHAR(32) NULL,
  answered_at    DATETIME(6) NOT NULL,
  restored_at    DATETIME(6) NULL,
  PRIMARY KEY (order_id)
);
