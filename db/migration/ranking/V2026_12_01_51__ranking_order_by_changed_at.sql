-- Orders ranking has heard of are purged surge.ranking.retention.window after their last change, oldest first, in
-- batches (ADR 0018): each batch reads the oldest rows of this index instead of scanning the table.
CREATE INDEX ranking_order_by_changed_at ON ranking_order (changed_at);
