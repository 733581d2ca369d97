-- The point module's tables. The wallet holds the balance; every change to it is one conditional UPDATE
-- plus one ledger row in the same transaction, so the ledger always sums to the balance.
CREATE TABLE wallet
(
  user_id    BIGINT      NOT NULL,
  balance    BIGINT      NOT NULL,
  updated_at DATETIME(6) NOT NULL,
  PRIMARY KEY (user_id),
  CONSTRAINT wallet_balance_not_negative CHECK (balance >= 0)
);

-- entry_type: CHARGE | USE | REFUND. A USE or REFUND is keyed by its cause (the order), once each.
CREATE TABLE point_ledger
(
  entry_id      BIGINT      NOT NULL AUTO_INCREMENT,
  user_id       BIGINT      NOT NULL,
  entry_type    VARCHAR(8)  NOT NULL,
  amount        BIGINT      NOT NULL,
  balance_after BIGINT      NOT NULL,
  order_id      BIGINT      NULL,
  created_at    DATETIME(6) NOT NULL,
  PRIMARY KEY (entry_id),
  CONSTRAINT point_ledger_once_per_order_step UNIQUE (order_id, entry_type)
);

CREATE INDEX point_ledger_by_user ON point_ledger (user_id, entry_id);

-- A refused payment is remembered too, so a redelivered request gets the same answer.
CREATE TABLE point_use_rejection
(
  order_id   BIGINT      NOT NULL,
  user_id    BIGINT      NOT NULL,
  amount     BIGINT      NOT NULL,
  reason     VARCHAR(32) NOT NULL,
  created_at DATETIME(6) NOT NULL,
  PRIMARY KEY (order_id)
);
