-- Event publications that failed surge.outbox.max-attempts times: parked here by the outbox, no longer retried,
-- counted by the gauge surge.outbox.dead.letters (ADR 0014). Same columns as EVENT_PUBLICATION, plus when it was parked.
-- To retry one after its cause is fixed: copy it back to EVENT_PUBLICATION with STATUS 'FAILED' and
-- COMPLETION_ATTEMPTS 1, and delete it here.
CREATE TABLE event_publication_dead_letter
(
  id                     VARCHAR(36)  NOT NULL,
  listener_id            VARCHAR(512) NOT NULL,
  event_type             VARCHAR(512) NOT NULL,
  serialized_event       MEDIUMTEXT   NOT NULL,
  publication_date       TIMESTAMP(6) NOT NULL,
  completion_attempts    INT          NOT NULL,
  last_resubmission_date TIMESTAMP(6) NULL DEFAULT NULL,
  parked_at              TIMESTAMP(6) NOT NULL,
  PRIMARY KEY (id)
);
