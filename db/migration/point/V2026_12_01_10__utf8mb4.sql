-- utf8mb4 with the collation the schema pins in V2026_12_01_01 (ADR 0018), for this module's tables.
-- [jooq ignore start]
ALTER TABLE wallet CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
ALTER TABLE point_ledger CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
ALTER TABLE point_use_rejection CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
-- [jooq ignore stop]
