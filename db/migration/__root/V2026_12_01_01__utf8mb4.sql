-- Every table and text column is utf8mb4 with one collation, on MariaDB and MySQL alike (ADR 0018). The schema's
-- default was whatever the server's was when it was created (createDatabaseIfNotExist): utf8mb4_general_ci on
-- MariaDB 10.11, utf8mb4_0900_ai_ci on MySQL 8, latin1 on older servers. utf8mb4_unicode_ci exists on both and
-- compares alike on both. The default makes tables created later utf8mb4 too; each module converts its own tables.
-- The DDL reader that generates jOOQ classes knows neither statement; nothing here changes a column's Java type.
-- [jooq ignore start]
ALTER DATABASE CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
ALTER TABLE `EVENT_PUBLICATION` CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
ALTER TABLE `EVENT_PUBLICATION_ARCHIVE` CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
ALTER TABLE event_publication_dead_letter CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
ALTER TABLE idempotency_record CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
ALTER TABLE shedlock CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
-- [jooq ignore stop]
