-- Fencing (ADR 0006): every lease of an IN_PROGRESS record has an owner, a random token of the attempt that holds
-- it. Attaching a resource, completing and releasing only succeed for the current owner, so an attempt that outlived
-- its lease (and was taken over by a retry) cannot commit its effect. Rows from before have no owner; their leases
-- ran out long ago and the next claim takes them over.
ALTER TABLE idempotency_record ADD COLUMN lease_owner CHAR(36) NULL AFTER locked_until;
