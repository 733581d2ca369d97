package io.surge.coupon.adapter.out.persistence;

import static io.surge.coupon.adapter.out.persistence.jooq.Tables.COUPON;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import io.surge.coupon.domain.CouponTerms;
import io.surge.coupon.domain.Discount;
import io.surge.coupon.domain.DiscountType;
import io.surge.coupon.domain.IssueWindow;
import org.jooq.Record;
import org.jspecify.annotations.Nullable;

/**
 * Reading coupon terms from any row holding the coupon table's columns, and the UTC conversions every table of
 * this module uses (times are stored as UTC {@code DATETIME(6)}).
 */
final class CouponRows {

    private CouponRows() {
    }

    static CouponTerms terms(Record row) {
        return new CouponTerms(row.get(COUPON.NAME),
                new Discount(DiscountType.valueOf(row.get(COUPON.DISCOUNT_TYPE)), row.get(COUPON.DISCOUNT_VALUE),
                        row.get(COUPON.MAX_DISCOUNT_AMOUNT)),
                row.get(COUPON.MIN_ORDER_AMOUNT), row.get(COUPON.TOTAL_QUANTITY),
                new IssueWindow(instantOrNull(row.get(COUPON.ISSUE_STARTS_AT)),
                        instantOrNull(row.get(COUPON.ISSUE_ENDS_AT))),
                row.get(COUPON.VALID_DAYS));
    }

    static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static @Nullable LocalDateTime utcOrNull(@Nullable Instant instant) {
        return instant == null ? null : utc(instant);
    }

    static Instant instant(LocalDateTime utc) {
        return utc.toInstant(ZoneOffset.UTC);
    }

    static @Nullable Instant instantOrNull(@Nullable LocalDateTime utc) {
        return utc == null ? null : instant(utc);
    }
}
