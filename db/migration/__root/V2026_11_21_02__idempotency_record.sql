-- Idempotency-Key records (API.md): one per (user, key), kept 24 h.
-- resource_id: what the request created, for requests answered after their effect commits (orders).
-- IN_PROGRESS rows carry a lease (locked_until) so a crashed request does not block its key for a day.
CREATE TABLE idempotency_record
(
  user_id             BIGINT       NOT NULL,
  idempotency_key     VARCHAR(255) NOT NULL,
  request_fingerprint CHAR(64)     NOT NULL,
  resource_id         BIGINT       NULL,
  status              VARCHAR(16)  NOT NULL,
  response_status     INT          NULL,
  response_body       MEDIUMTEXT   NULL,
  response_location   VARCHAR(512) NULL,
  locked_until        DATETIME(6)  NOT NULL,
  created_at          DATETIME(6)  NOT NULL,
  expires_at          DATETIME(6)  NOT NULL,
  PRIMARY KEY (user_id, idempotency_key)
);

CREATE INDEX idempotency_record_expires_at ON idempotency_record (expires_at);
