-- Settled answers (REJECTED, RESTORED) are purged surge.coupon.retention.window after they settled, oldest first, in
-- batches (ADR 0018); REDEEMED ones stay with their completed orders. Each batch reads one outcome's oldest rows of
-- this index instead of scanning the table, whose REDEEMED rows grow with the orders.
CREATE INDEX coupon_redemption_by_outcome ON coupon_redemption (outcome, answered_at);
