-- The ranking module's tables (ADR 0011). MySQL is the truth of what sold; Redis holds per-day sorted sets built
-- from these rows. Business days (sales_date) are calendar days in surge.time-zone; instants are UTC.

-- Units sold per product per business day: completed quantities minus cancelled ones, changed only by atomic
-- upserts (quantity = quantity + ?), so concurrent orders never lose an update.
CREATE TABLE ranking_daily_sales
(
  sales_date DATE   NOT NULL,
  product_id BIGINT NOT NULL,
  quantity   BIGINT NOT NULL,
  PRIMARY KEY (sales_date, product_id)
);

-- One row per order ranking has heard of, which makes counting idempotent and cancellation exactly-once:
-- COUNTED (added to sales_date), CANCELLED after being counted (subtracted from sales_date once), or a tombstone
-- (CANCELLED with no sales_date) when the cancellation arrived first, so the late completion is never counted.
-- changed_at is the instant of the event that last changed the row.
CREATE TABLE ranking_order
(
  order_id   BIGINT      NOT NULL,
  sales_date DATE        NULL,
  status     VARCHAR(9)  NOT NULL,
  changed_at DATETIME(6) NOT NULL,
  PRIMARY KEY (order_id),
  CONSTRAINT ranking_order_status CHECK (status IN ('COUNTED', 'CANCELLED')),
  CONSTRAINT ranking_order_counted_has_a_day CHECK (status = 'CANCELLED' OR sales_date IS NOT NULL)
);

-- The state of each business day's Redis copy. generation names the build of the day's sorted set that counts may
-- be added to: counting reads it under a shared lock, a rebuild bumps it under an exclusive lock, so a count is
-- either in a rebuild's snapshot or applied on top of it, never both or neither. stale marks a day whose Redis copy
-- missed a change (Redis failed, or a redelivery cannot tell whether it was applied); it is rebuilt from here.
CREATE TABLE ranking_sales_day
(
  sales_date DATE    NOT NULL,
  generation BIGINT  NOT NULL,
  stale      BOOLEAN NOT NULL,
  PRIMARY KEY (sales_date)
);

-- The catalog's names and prices as ranking shows them, fed by ProductRegistered and ProductChanged. updated_at is
-- the instant of the event the row reflects: an older event delivered late never overwrites a newer one.
CREATE TABLE ranking_product
(
  product_id BIGINT       NOT NULL,
  name       VARCHAR(200) NOT NULL,
  price      BIGINT       NOT NULL,
  updated_at DATETIME(6)  NOT NULL,
  PRIMARY KEY (product_id)
);
