-- The resubmitter reads the oldest FAILED publications and Modulith counts RESUBMITTED ones before every batch;
-- without this index each of those scanned and sorted the whole outbox, which a broker outage fills (ADR 0012).
CREATE INDEX `EVENT_PUBLICATION_BY_STATUS_IDX` ON `EVENT_PUBLICATION` (`STATUS`, `PUBLICATION_DATE`);
