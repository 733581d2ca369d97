-- A reservation takes each line at the unit price the order was quoted (the stock UPDATE is guarded by it, ADR 0009)
-- and writes its rows before that UPDATE, so the product's name is no longer read back under the row lock: the
-- order keeps the names it was quoted.
ALTER TABLE stock_reservation DROP COLUMN name;
