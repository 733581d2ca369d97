-- Dead letters are purged surge.outbox.retention.dead-letters after they were parked, oldest first, in batches
-- (ADR 0018): each batch reads the oldest rows of this index instead of scanning the table.
CREATE INDEX event_publication_dead_letter_by_parked_at ON event_publication_dead_letter (parked_at);
