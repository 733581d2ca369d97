-- Refusals are purged surge.point.retention.window after they were decided, oldest first, in batches (ADR 0018).
CREATE INDEX point_use_rejection_by_created_at ON point_use_rejection (created_at);
