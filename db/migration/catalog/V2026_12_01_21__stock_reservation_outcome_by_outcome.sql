-- Settled outcomes (REJECTED, RELEASED) are purged surge.catalog.retention.window after they settled, oldest first,
-- in batches (ADR 0018); RESERVED ones stay with their completed orders. Each batch reads one outcome's oldest rows
-- of this index instead of scanning the table, whose RESERVED rows grow with the orders.
CREATE INDEX stock_reservation_outcome_by_outcome ON stock_reservation_outcome (outcome, decided_at);
