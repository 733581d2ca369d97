-- utf8mb4 with the collation the schema pins in V2026_12_01_01 (ADR 0018), for this module's tables.
-- [jooq ignore start]
ALTER TABLE coupon CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
ALTER TABLE user_coupon CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
ALTER TABLE coupon_redemption CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
-- [jooq ignore stop]
