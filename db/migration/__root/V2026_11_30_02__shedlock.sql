-- ShedLock's lock per scheduled job that must run once across instances (ADR 0017): a row per job name, held until
-- lock_until. ShedLock's MySQL/MariaDB table, with DATETIME(3) for its TIMESTAMP(3): ShedLock writes and compares
-- UTC_TIMESTAMP(3) (the database's clock, so instances' clocks do not matter), and a DATETIME keeps that UTC value as
-- it is, where a TIMESTAMP would convert it through the session's time zone and shift it in a daylight-saving change.
CREATE TABLE shedlock
(
  name       VARCHAR(64)  NOT NULL,
  lock_until DATETIME(3)  NOT NULL,
  locked_at  DATETIME(3)  NOT NULL,
  locked_by  VARCHAR(255) NOT NULL,
  PRIMARY KEY (name)
);
